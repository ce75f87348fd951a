<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Touchez chaque papier que vous avez avec vous.</source>
        <translation>Toque cada papel que lleva consigo.</translation>
    </message>
    <message>
        <source>Je l&apos;ai</source>
        <translation>Lo tengo</translation>
    </message>
    <message>
        <source>✔ Je l&apos;ai</source>
        <translation>✔ Lo tengo</translation>
    </message>
    <message>
        <source>Je ne l&apos;ai pas encore</source>
        <translation>Todavía no lo tengo</translation>
    </message>
</context>
<context>
    <name>ConfirmWipe</name>
    <message>
        <source>Terminer et tout effacer ?</source>
        <translation>¿Terminar y borrar todo?</translation>
    </message>
    <message>
        <source>Vos réponses et ce que vous avez ouvert seront effacés. Pensez à imprimer ou à photographier votre résumé avant.</source>
        <translation>Sus respuestas y lo que ha abierto se borrarán. Antes, acuérdese de imprimir su resumen o de hacerle una foto.</translation>
    </message>
    <message>
        <source>Oui, tout effacer</source>
        <translation>Sí, borrar todo</translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation>No, continuar</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <translation>Justificante de domicilio</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <translation>Nómina</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>Datos bancarios (RIB)</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <translation>Aviso de impuestos</translation>
    </message>
    <message>
        <source>Autre papier</source>
        <translation>Otro papel</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant.</source>
        <translation>Todavía no hay ningún documento.</translation>
    </message>
    <message>
        <source>Touchez « Scanner un papier » pour en ajouter un.</source>
        <translation>Toque « Escanear un papel » para añadir uno.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de scanner : demandez à un médiateur.</source>
        <translation>Este puesto no tiene escáner: pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Document PDF du site officiel</source>
        <translation>Documento PDF del sitio oficial</translation>
    </message>
    <message>
        <source>Pages : %1</source>
        <translation>Páginas: %1</translation>
    </message>
    <message>
        <source>Choisi</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Enviar este documento</translation>
    </message>
    <message>
        <source>« %1 » : envoyer ce document au site</source>
        <translation>« %1 »: enviar este documento al sitio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Voir et modifier les pages de « %1 »</source>
        <translation>Ver y cambiar las páginas de « %1 »</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Changer le nom de « %1 »</source>
        <translation>Cambiar el nombre de « %1 »</translation>
    </message>
    <message>
        <source>Avec le document d&apos;avant</source>
        <translation>Con el documento anterior</translation>
    </message>
    <message>
        <source>Mettre les pages de « %1 » à la suite de « %2 »</source>
        <translation>Poner las páginas de « %1 » después de « %2 »</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Supprimer « %1 »</source>
        <translation>Eliminar « %1 »</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Tourner la %1</source>
        <translation>Girar la %1</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Mettre la %1 avant</source>
        <translation>Poner la %1 antes</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Mettre la %1 après</source>
        <translation>Poner la %1 después</translation>
    </message>
    <message>
        <source>Enlever</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Enlever la %1</source>
        <translation>Quitar la %1</translation>
    </message>
    <message>
        <source>Les pages de « %1 »</source>
        <translation>Las páginas de « %1 »</translation>
    </message>
    <message>
        <source>Tournez une page à l&apos;endroit, changez l&apos;ordre, enlevez une page.</source>
        <translation>Gire una página al derecho, cambie el orden, quite una página.</translation>
    </message>
    <message>
        <source>Quel est ce papier ?</source>
        <translation>¿Qué papel es este?</translation>
    </message>
    <message>
        <source>Choisissez son nom. Le site verra ce nom.</source>
        <translation>Elija su nombre. El sitio verá este nombre.</translation>
    </message>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Elegir un documento para enviar</translation>
    </message>
    <message>
        <source>Le site demande un fichier. Touchez « Envoyer ce document ». Seuls vos documents de cette visite sont proposés.</source>
        <translation>El sitio pide un archivo. Toque « Enviar este documento ». Solo se proponen sus documentos de esta visita.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Vos papiers scannés restent ici pendant votre visite. Tout est effacé à la fin.</source>
        <translation>Sus papeles escaneados se quedan aquí durante su visita. Al final, todo se borra.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Escanear un papel</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>Escanear un papel con el escáner de este puesto</translation>
    </message>
    <message>
        <source>Envoyer les documents choisis</source>
        <translation>Enviar los documentos elegidos</translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Fermer « Mes documents »</source>
        <translation>Cerrar « Mis documentos »</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF ou une image.</source>
        <translation>Este sitio acepta un PDF o una imagen.</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF.</source>
        <translation>Este sitio acepta un PDF.</translation>
    </message>
    <message>
        <source>Ce site accepte une image d&apos;une seule page.</source>
        <translation>Este sitio acepta una imagen de una sola página.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire.</source>
        <translation>Este sitio pide un tipo de archivo que el puesto no sabe hacer.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire. Demandez à un médiateur.</source>
        <translation>Este sitio pide un tipo de archivo que el puesto no sabe hacer. Pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Ce site demande une image d&apos;une seule page, et ce document a plusieurs pages. Demandez à un médiateur.</source>
        <translation>Este sitio pide una imagen de una sola página, y este documento tiene varias páginas. Pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Ce document est trop lourd pour ce site, même réduit. Enlevez des pages, ou demandez à un médiateur.</source>
        <translation>Este documento pesa demasiado para este sitio, incluso reducido. Quite páginas, o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas pu préparer le fichier. Demandez à un médiateur.</source>
        <translation>El puesto no pudo preparar el archivo. Pida ayuda a un mediador.</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Reprendre « %1 »</source>
        <translation>Volver a « %1 »</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Avant de continuer « %1 », faisons d&apos;abord ceci. Vous y reviendrez ensuite.</source>
        <translation>Antes de continuar con « %1 », hagamos primero esto. Después volveremos a ese trámite.</translation>
    </message>
    <message>
        <source>Ce texte n&apos;est pas encore traduit : il est affiché en français.</source>
        <translation>Este texto todavía no está traducido: aparece en francés.</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Arrêter la lecture à voix haute</source>
        <translation>Parar la lectura en voz alta</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Écouter : lire cet écran à voix haute</source>
        <translation>Escuchar: leer esta pantalla en voz alta</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Changer de langue (maintenant : %1)</source>
        <translation>Cambiar de idioma (ahora: %1)</translation>
    </message>
    <message>
        <source>Pas à pas — %1</source>
        <translation>Pas à pas — %1</translation>
    </message>
    <message>
        <source>Mode accompagné</source>
        <translation>Modo acompañado</translation>
    </message>
    <message>
        <source>Répéter</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Répéter : entendre encore ce qui est à l&apos;écran</source>
        <translation>Repetir: oír otra vez lo que hay en la pantalla</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Necesito ayuda</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Necesito ayuda: llamar a un mediador</translation>
    </message>
    <message>
        <source>Un médiateur va venir</source>
        <translation>Va a venir un mediador</translation>
    </message>
    <message>
        <source>normale</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>grande</source>
        <translation>grande</translation>
    </message>
    <message>
        <source>très grande</source>
        <translation>muy grande</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Texte normal</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Taille du texte : %1. Toucher pour changer</source>
        <translation>Tamaño del texto: %1. Toque para cambiar</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Contraste alto</translation>
    </message>
    <message>
        <source>Contraste normal</source>
        <translation>Contraste normal</translation>
    </message>
    <message>
        <source>Contraste élevé : activé. Toucher pour revenir aux couleurs normales</source>
        <translation>Contraste alto: activado. Toque para volver a los colores normales</translation>
    </message>
    <message>
        <source>Contraste élevé : désactivé. Toucher pour des couleurs plus contrastées</source>
        <translation>Contraste alto: desactivado. Toque para tener colores con más contraste</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>AIDE DEMANDÉE — %1 — BUREAU NON PRÉVENU</source>
        <translation>AYUDA SOLICITADA — %1 — OFICINA NO AVISADA</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : le bureau des médiateurs n&apos;a pas reçu l&apos;appel</source>
        <translation>Ayuda solicitada en %1: la oficina de mediadores no ha recibido el aviso</translation>
    </message>
    <message>
        <source>AIDE DEMANDÉE — %1</source>
        <translation>AYUDA SOLICITADA — %1</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : un médiateur va venir</source>
        <translation>Ayuda solicitada en %1: va a venir un mediador</translation>
    </message>
</context>
<context>
    <name>HelpComing</name>
    <message>
        <source>Votre appel n&apos;est pas arrivé au bureau des médiateurs</source>
        <translation>Su aviso no ha llegado a la oficina de mediadores</translation>
    </message>
    <message>
        <source>Levez la main ou allez à l&apos;accueil : un médiateur viendra vous aider. Vous pouvez continuer en attendant.</source>
        <translation>Levante la mano o vaya a la recepción: un mediador vendrá a ayudarle. Puede seguir mientras espera.</translation>
    </message>
    <message>
        <source>Un médiateur va venir vous aider</source>
        <translation>Un mediador va a venir a ayudarle</translation>
    </message>
    <message>
        <source>Restez à votre place : %1. Vous pouvez continuer en attendant.</source>
        <translation>Quédese en su sitio: %1. Puede continuar mientras espera.</translation>
    </message>
    <message>
        <source>D&apos;accord</source>
        <translation>De acuerdo</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pour quelle démarche venez-vous ?</source>
        <translation>¿Qué trámite viene a hacer?</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Sans réponse, tout ce que vous avez fait sera effacé dans %n seconde(s).</source>
        <translation>
            <numerusform>Si no responde, todo lo que ha hecho se borrará dentro de %n segundo.</numerusform>
            <numerusform>Si no responde, todo lo que ha hecho se borrará dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Oui, je suis là</source>
        <translation>Sí, estoy aquí</translation>
    </message>
    <message>
        <source>Oui, je suis là : continuer</source>
        <translation>Sí, estoy aquí: continuar</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Suivant : étape %1 sur %2</source>
        <translation>Siguiente: paso %1 de %2</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Retour à l&apos;écran d&apos;avant</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Recommencer ce guide depuis le début</source>
        <translation>Volver a empezar esta guía desde el principio</translation>
    </message>
    <message>
        <source>Autre démarche</source>
        <translation>Otro trámite</translation>
    </message>
    <message>
        <source>Choisir une autre démarche</source>
        <translation>Elegir otro trámite</translation>
    </message>
    <message>
        <source>Mon résumé</source>
        <translation>Mi resumen</translation>
    </message>
    <message>
        <source>Mon résumé : voir ce qui est fait et ce qui reste, l&apos;imprimer ou le scanner</source>
        <translation>Mi resumen: ver lo que está hecho y lo que falta, imprimirlo o escanearlo</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>Terminar y borrar</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>%1 · contenu %2 du %3</source>
        <translation>%1 · contenido %2 del %3</translation>
    </message>
    <message>
        <source>Les chiffres ne sont pas enregistrés sur ce poste.</source>
        <translation>Las cifras no se registran en este ordenador.</translation>
    </message>
    <message>
        <source>Sessions : %1 · guides commencés : %2 · terminés : %3 · aides demandées : %4 · impressions : %5 · QR montrés : %6 · effacements automatiques : %7</source>
        <translation>Sesiones: %1 · guías empezadas: %2 · terminadas: %3 · peticiones de ayuda: %4 · impresiones: %5 · QR mostrados: %6 · borrados automáticos: %7</translation>
    </message>
    <message>
        <source>Pages scannées : %1 · documents envoyés à un site : %2 · pages de sites imprimées : %3 · messageries ouvertes : %4</source>
        <translation>Páginas escaneadas: %1 · documentos enviados a un sitio: %2 · páginas de sitios impresas: %3 · correos abiertos: %4</translation>
    </message>
    <message>
        <source>Pas d&apos;impression sur ce poste.</source>
        <translation>No hay impresión en este ordenador.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est prête : %1</source>
        <translation>La impresora está lista: %1</translation>
    </message>
    <message>
        <source>Impression de la page de test…</source>
        <translation>Imprimiendo la página de prueba…</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas pu être écrit.</source>
        <translation>No se ha podido guardar la exportación.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) écrite(s) dans %1</source>
        <translation>
            <numerusform>%n línea escrita en %1</numerusform>
            <numerusform>%n líneas escritas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <source>vérifiée le %1</source>
        <translation>verificada el %1</translation>
    </message>
    <message>
        <source>copie du %1</source>
        <translation>copia del %1</translation>
    </message>
    <message>
        <source>copie non datée</source>
        <translation>copia sin fecha</translation>
    </message>
    <message>
        <source>PLUS DE 12 MOIS</source>
        <translation>MÁS DE 12 MESES</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) attend(ent) une vérification sur le site officiel</source>
        <translation>
            <numerusform>%n página espera una verificación en el sitio oficial</numerusform>
            <numerusform>%n páginas esperan una verificación en el sitio oficial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n depuis plus de 12 mois.</source>
        <translation>
            <numerusform>, %n de ellas desde hace más de 12 meses.</numerusform>
            <numerusform>, %n de ellas desde hace más de 12 meses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) : la liste entière est dans « kiosk check ».</source>
        <translation>
            <numerusform>… y %n más: la lista completa está en «kiosk check».</numerusform>
            <numerusform>… y %n más: la lista completa está en «kiosk check».</numerusform>
        </translation>
    </message>
    <message>
        <source>AUCUNE VOIX : « Écouter » et le mode écoute sont muets</source>
        <translation>SIN VOZ: «Escuchar» y el modo escucha están mudos</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Espacio del mediador</translation>
    </message>
    <message>
        <source>J&apos;ai vu la demande d&apos;aide</source>
        <translation>He visto la petición de ayuda</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Terminer la session et tout effacer</source>
        <translation>Terminar la sesión y borrar todo</translation>
    </message>
    <message>
        <source>Mode accompagné : activé</source>
        <translation>Modo acompañado: activado</translation>
    </message>
    <message>
        <source>Mode accompagné : désactivé</source>
        <translation>Modo acompañado: desactivado</translation>
    </message>
    <message>
        <source>Toucher pour changer, sans terminer la session</source>
        <translation>Toque para cambiar, sin terminar la sesión</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : activé</source>
        <translation>Modo escucha para este visitante: activado</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : désactivé</source>
        <translation>Modo escucha para este visitante: desactivado</translation>
    </message>
    <message>
        <source>Chaque écran est lu à voix haute. Toucher pour changer, sans terminer la session</source>
        <translation>Cada pantalla se lee en voz alta. Toque para cambiar, sin terminar la sesión</translation>
    </message>
    <message>
        <source>Voix de lecture</source>
        <translation>Voces de lectura</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Vérifier l&apos;imprimante</source>
        <translation>Comprobar la impresora</translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation>Imprimir una página de prueba</translation>
    </message>
    <message>
        <source>Chiffres du jour (anonymes)</source>
        <translation>Cifras del día (anónimas)</translation>
    </message>
    <message>
        <source>Exporter les chiffres (CSV)</source>
        <translation>Exportar las cifras (CSV)</translation>
    </message>
    <message>
        <source>Sources à vérifier sur le site officiel (les plus anciennes d&apos;abord)</source>
        <translation>Fuentes que verificar en el sitio oficial (las más antiguas primero)</translation>
    </message>
    <message>
        <source>Traductions des guides (une traduction non relue peut contenir des erreurs)</source>
        <translation>Traducciones de las guías (una traducción sin revisar puede contener errores)</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Taille du texte au début de chaque session :</source>
        <translation>Tamaño del texto al principio de cada sesión:</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Grande</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Très grande</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Taille du texte par défaut : %1</source>
        <translation>Tamaño del texto por defecto: %1</translation>
    </message>
    <message>
        <source>Langues proposées :</source>
        <translation>Idiomas disponibles:</translation>
    </message>
    <message>
        <source>Proposer la langue %1</source>
        <translation>Ofrecer el idioma %1</translation>
    </message>
    <message>
        <source>Revenir à la borne</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Quitter le kiosque</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Quitter le kiosque et revenir au bureau</source>
        <translation>Salir del quiosco y volver al escritorio</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) complet(s) sur %1</source>
        <translation>
            <numerusform>%n guía completa de %1</numerusform>
            <numerusform>%n guías completas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>relus par un traducteur : %1 · non relus : %2</source>
        <translation>revisadas por un traductor: %1 · sin revisar: %2</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <source>Ce papier est : %1</source>
        <translation>Este papel es: %1</translation>
    </message>
    <message>
        <source>Ou écrivez un autre nom</source>
        <translation>O escriba otro nombre</translation>
    </message>
    <message>
        <source>Écrire un autre nom pour ce papier</source>
        <translation>Escribir otro nombre para este papel</translation>
    </message>
    <message>
        <source>Garder ce nom</source>
        <translation>Conservar este nombre</translation>
    </message>
    <message>
        <source>Garder le nom écrit</source>
        <translation>Conservar el nombre escrito</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>%1 %2</source>
        <comment>month, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choisir le mois : %1</source>
        <translation>Elegir el mes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n semaine(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Une semaine de moins (maintenant : %1)</source>
        <translation>Una semana menos (ahora: %1)</translation>
    </message>
    <message>
        <source>Une semaine de plus (maintenant : %1)</source>
        <translation>Una semana más (ahora: %1)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Code médiateur</source>
        <translation>Código de mediador</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Confirmar el código</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Annuler et revenir</source>
        <translation>Cancelar y volver</translation>
    </message>
    <message>
        <source>%1 chiffres tapés</source>
        <translation>%1 cifras introducidas</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Código incorrecto.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Impression en cours…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez votre feuille à l&apos;imprimante.</source>
        <translation>Ya está impreso. Recoja su hoja en la impresora.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est prête sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>No hay ninguna impresora lista en este ordenador. Escanee el código con su teléfono o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>La impresora está parada. Escanee el código con su teléfono o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;accepte pas d&apos;impression pour le moment. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>En este momento la impresora no acepta impresiones. Escanee el código con su teléfono o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>La impresora no responde. Escanee el código con su teléfono o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>L&apos;impression ne fonctionne pas sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>La impresión no funciona en este ordenador. Escanee el código con su teléfono o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu partir. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>No se ha podido enviar la impresión. Escanee el código con su teléfono o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Une impression est déjà en cours. Attendez un instant.</source>
        <translation>Ya hay una impresión en curso. Espere un momento.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Oui</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Je ne sais pas</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Répondre : %1</source>
        <translation>Responder: %1</translation>
    </message>
    <message>
        <source>la coche verte</source>
        <translation>la marca verde</translation>
    </message>
    <message>
        <source>la croix rouge</source>
        <translation>la cruz roja</translation>
    </message>
    <message>
        <source>le point d&apos;interrogation bleu</source>
        <translation>el signo de interrogación azul</translation>
    </message>
    <message>
        <source>la flèche</source>
        <translation>la flecha</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ScanOverlay</name>
    <message>
        <source>La page n&apos;a pas pu être gardée sur la borne. Demandez à un médiateur.</source>
        <translation>No se pudo guardar la página en el puesto. Pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>La page est dans « Mes documents » : « %1 », page %2.</source>
        <translation>La página está en « Mis documentos »: « %1 », página %2.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Escanear un papel</translation>
    </message>
    <message>
        <source>1. Ouvrez le capot du scanner. 2. Posez le papier, face écrite contre la vitre, dans le coin marqué. 3. Fermez le capot. 4. Touchez « Scanner ». Pour une carte à deux côtés : scannez un côté, puis l&apos;autre.</source>
        <translation>1. Abra la tapa del escáner. 2. Ponga el papel, con la cara escrita contra el cristal, en la esquina marcada. 3. Cierre la tapa. 4. Toque « Escanear ». Para una tarjeta de dos caras: escanee una cara y luego la otra.</translation>
    </message>
    <message>
        <source>Scan en cours…</source>
        <translation>Escaneando…</translation>
    </message>
    <message>
        <source>Ne bougez pas le papier. Cela prend quelques secondes.</source>
        <translation>No mueva el papel. Tarda unos segundos.</translation>
    </message>
    <message>
        <source>Voici votre page</source>
        <translation>Aquí está su página</translation>
    </message>
    <message>
        <source>Tout se lit bien ? Alors dites ce qu&apos;est ce papier. Sinon, touchez « Recommencer le scan ».</source>
        <translation>¿Se lee todo bien? Entonces diga qué papel es. Si no, toque « Volver a escanear ».</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché</source>
        <translation>El escaneo no ha funcionado</translation>
    </message>
    <message>
        <source>Vos documents déjà scannés sont toujours là.</source>
        <translation>Sus documentos ya escaneados siguen ahí.</translation>
    </message>
    <message>
        <source>Aperçu de la page scannée</source>
        <translation>Vista previa de la página escaneada</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Scanner le papier posé sur la vitre</source>
        <translation>Escanear el papel puesto en el cristal</translation>
    </message>
    <message>
        <source>En couleur : oui</source>
        <translation>En color: sí</translation>
    </message>
    <message>
        <source>En couleur : non</source>
        <translation>En color: no</translation>
    </message>
    <message>
        <source>Scanner en couleur, pour une carte ou une photo</source>
        <translation>Escanear en color, para una tarjeta o una foto</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Recommencer le scan</source>
        <translation>Volver a escanear</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Arrêter le scan</source>
        <translation>Detener el escaneo</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Necesito ayuda</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Necesito ayuda: llamar a un mediador</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Ver mis documentos</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Fermer le scanner</source>
        <translation>Cerrar el escáner</translation>
    </message>
    <message>
        <source>Page suivante de « %1 »</source>
        <translation>Página siguiente de « %1 »</translation>
    </message>
    <message>
        <source>Ajouter cette page à la suite de « %1 »</source>
        <translation>Añadir esta página después de « %1 »</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Le scanner ne répond pas : il est peut-être éteint ou débranché. Demandez à un médiateur.</source>
        <translation>El escáner no responde: quizá está apagado o desenchufado. Pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>El escáner está ocupado. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Le papier est coincé dans le scanner. Demandez à un médiateur de l&apos;enlever.</source>
        <translation>El papel está atascado en el escáner. Pida a un mediador que lo saque.</translation>
    </message>
    <message>
        <source>Le scanner ne trouve pas de papier. Posez le papier, puis réessayez.</source>
        <translation>El escáner no encuentra papel. Ponga el papel y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Le capot du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>La tapa del escáner está abierta. Ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas abouti : le scanner ne répond plus. Demandez à un médiateur.</source>
        <translation>El escaneo no terminó: el escáner ya no responde. Pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à un médiateur.</source>
        <translation>El escaneo no ha funcionado. Vuelva a intentarlo, o pida ayuda a un mediador.</translation>
    </message>
</context>
<context>
    <name>SiteSide</name>
    <message>
        <source>Document du site</source>
        <translation>Documento del sitio</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>Imprimiendo…</translation>
    </message>
</context>
<context>
    <name>SiteTabs</name>
    <message>
        <source>Site officiel</source>
        <translation>Sitio oficial</translation>
    </message>
    <message>
        <source>Ma messagerie : %1</source>
        <translation>Mi correo: %1</translation>
    </message>
    <message>
        <source>Fermer ma messagerie</source>
        <translation>Cerrar mi correo</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Source : %1 — %2</source>
        <translation>Fuente: %1 — %2</translation>
    </message>
    <message>
        <source>relu sur une copie de la page du %1</source>
        <translation>leído en una copia de la página del %1</translation>
    </message>
    <message>
        <source>relu sur une copie de la page de %1</source>
        <translation>leído en una copia de la página de %1</translation>
    </message>
    <message>
        <source>relu sur une copie non datée de la page</source>
        <translation>leído en una copia sin fecha de la página</translation>
    </message>
    <message>
        <source>vérifié sur le site officiel le %1 par %2</source>
        <translation>verificado en el sitio oficial el %1 por %2</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Ce que vous verrez à l&apos;écran</source>
        <translation>Lo que verá en la pantalla</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Atención: %1</translation>
    </message>
    <message>
        <source>Ouvrir le site %1</source>
        <translation>Abrir el sitio %1</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Escanear un papel</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>Escanear un papel con el escáner de este puesto</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Mis documentos (%1)</translation>
    </message>
    <message>
        <source>Mes documents : voir et envoyer vos papiers scannés. Nombre de documents : %1</source>
        <translation>Mis documentos: ver y enviar sus papeles escaneados. Número de documentos: %1</translation>
    </message>
    <message>
        <source>Ma messagerie</source>
        <translation>Mi correo</translation>
    </message>
    <message>
        <source>Ma messagerie : ouvrir mes e-mails à côté, pour lire un code</source>
        <translation>Mi correo: abrir mis correos al lado, para leer un código</translation>
    </message>
    <message>
        <source>Fermer le site</source>
        <translation>Cerrar el sitio</translation>
    </message>
    <message>
        <source>Fermer le site officiel et garder le guide</source>
        <translation>Cerrar el sitio oficial y mantener la guía</translation>
    </message>
    <message>
        <source>Vous êtes sur la page de cette étape : %1.</source>
        <translation>Está en la página de este paso: %1.</translation>
    </message>
    <message>
        <source>Un document a été téléchargé depuis le site officiel. Il sera effacé à la fin. Imprimez-le maintenant.</source>
        <translation>Se ha descargado un documento del sitio oficial. Se borrará al final. Imprímalo ahora.</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Imprimir el documento</translation>
    </message>
    <message>
        <source>À lire à l&apos;usager</source>
        <translation>Para leer a la persona</translation>
    </message>
    <message>
        <source>À faire par le conseiller</source>
        <translation>Lo que hace el asesor</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Résumé de votre démarche</source>
        <translation>Resumen de su trámite</translation>
    </message>
    <message>
        <source>Démarche terminée</source>
        <translation>Trámite terminado</translation>
    </message>
    <message>
        <source>Le guide s&apos;arrête ici : un professionnel peut vous aider</source>
        <translation>La guía termina aquí: un profesional puede ayudarle</translation>
    </message>
    <message>
        <source>Arrêté à l&apos;étape %1 sur %2 : %3</source>
        <translation>Se detuvo en el paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Arrêté avant la fin : %1</source>
        <translation>Se detuvo antes del final: %1</translation>
    </message>
    <message>
        <source>Le %1 à %2</source>
        <translation>El %1 a las %2</translation>
    </message>
    <message>
        <source>Vos réponses</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <source>Ce que vous avez fait</source>
        <translation>Lo que ha hecho</translation>
    </message>
    <message>
        <source>Vos documents</source>
        <translation>Sus documentos</translation>
    </message>
    <message>
        <source>Documents qui manquent encore</source>
        <translation>Documentos que todavía faltan</translation>
    </message>
    <message>
        <source>Documents prêts</source>
        <translation>Documentos listos</translation>
    </message>
    <message>
        <source>Documents joints sur un site officiel pendant la visite</source>
        <translation>Documentos adjuntados en un sitio oficial durante la visita</translation>
    </message>
    <message>
        <source>À faire ensuite</source>
        <translation>Lo que hay que hacer después</translation>
    </message>
    <message>
        <source>tous les %1 mois</source>
        <translation>cada %1 meses</translation>
    </message>
    <message>
        <source>dans %1 jours</source>
        <translation>dentro de %1 días</translation>
    </message>
    <message>
        <source>au plus tard le %1</source>
        <translation>a más tardar el %1</translation>
    </message>
    <message>
        <source>à partir du %1</source>
        <translation>a partir del %1</translation>
    </message>
    <message>
        <source>%1 semaines</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>les %1</source>
        <translation>los días %1</translation>
    </message>
    <message>
        <source>Qui voir au pôle social</source>
        <translation>Con quién hablar en el centro social</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Sites officiels</source>
        <translation>Sitios oficiales</translation>
    </message>
    <message>
        <source>Vous pourriez aussi…</source>
        <translation>También podría…</translation>
    </message>
    <message>
        <source>D&apos;où viennent ces informations</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <source>… suite sur la feuille imprimée</source>
        <translation>… continúa en la hoja impresa</translation>
    </message>
    <message>
        <source>Pour le conseiller</source>
        <translation>Para el asesor</translation>
    </message>
    <message>
        <source>Référence du résumé envoyé au pôle social : %1</source>
        <translation>Referencia del resumen enviado al centro social: %1</translation>
    </message>
    <message>
        <source>Scannez avec votre téléphone</source>
        <translation>Escanee con su teléfono</translation>
    </message>
    <message>
        <source>Contenu version %1 du %2</source>
        <translation>Contenido: versión %1 del %2</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>je ne sais pas</source>
        <translation>no lo sé</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Votre nom pour le conseiller (facultatif)</source>
        <translation>Su nombre para el asesor (opcional)</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé sur la feuille, puis oublié.</source>
        <translation>Solo se imprimirá en la hoja y después se olvidará.</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé, puis oublié</source>
        <translation>Solo se imprimirá y después se olvidará</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social</source>
        <translation>Acepto que este resumen se envíe al centro social</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social pour préparer mon rendez-vous</source>
        <translation>Acepto que este resumen se envíe al centro social para preparar mi cita</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Envoyer le résumé au pôle social</source>
        <translation>Enviar el resumen al centro social</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Imprimer le résumé</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>Terminar y borrar</translation>
    </message>
    <message>
        <source>Terminer et effacer : tout ce que vous avez fait ici sera oublié</source>
        <translation>Terminar y borrar: todo lo que ha hecho aquí se olvidará</translation>
    </message>
    <message>
        <source>Scannez ce code avec votre téléphone pour garder ce résumé</source>
        <translation>Escanee este código con su teléfono para guardar este resumen</translation>
    </message>
    <message>
        <source>Code QR du résumé, à scanner avec votre téléphone</source>
        <translation>Código QR del resumen, para escanear con su teléfono</translation>
    </message>
    <message>
        <source>Rappel pour l&apos;agenda de votre téléphone : %1</source>
        <translation>Recordatorio para la agenda de su teléfono: %1</translation>
    </message>
    <message>
        <source>Code QR du rappel pour votre agenda</source>
        <translation>Código QR del recordatorio para su agenda</translation>
    </message>
</context>
<context>
    <name>Takeaway</name>
    <message>
        <source>Le résumé n&apos;a pas pu être préparé pour l&apos;envoi. Imprimez-le ou scannez le code.</source>
        <translation>No se pudo preparar el resumen para enviarlo. Imprímalo o escanee el código.</translation>
    </message>
    <message>
        <source>Votre résumé est confié au pôle social. Référence : %1. Elle sera aussi sur la feuille imprimée.</source>
        <translation>Su resumen está en manos del centro social. Referencia: %1. También aparecerá en la hoja impresa.</translation>
    </message>
</context>
<context>
    <name>WebPanel</name>
    <message>
        <source>Préparation de l&apos;impression…</source>
        <translation>Preparando la impresión…</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu être préparée pour l&apos;impression. Demandez à un médiateur.</source>
        <translation>No se pudo preparar esta página para imprimir. Pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Recharger</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Pas de connexion internet pour le moment</source>
        <translation>En este momento no hay conexión a internet</translation>
    </message>
    <message>
        <source>Le site officiel ne répond pas : la borne n&apos;arrive pas à joindre internet.</source>
        <translation>El sitio oficial no responde: este ordenador no consigue conectarse a internet.</translation>
    </message>
    <message>
        <source>Le guide, à côté, continue de fonctionner : vous pouvez avancer, cocher vos documents et imprimer votre résumé.</source>
        <translation>La guía, al lado, sigue funcionando: puede avanzar, marcar sus documentos e imprimir su resumen.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer. Si cela dure, prévenez un médiateur.</source>
        <translation>Toque « %1 » para volver a intentarlo. Si el problema sigue, avise a un mediador.</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu s&apos;ouvrir</source>
        <translation>No se ha podido abrir esta página</translation>
    </message>
    <message>
        <source>Le site officiel a rencontré un problème.</source>
        <translation>El sitio oficial ha tenido un problema.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer, ou « %2 » pour revenir en arrière.</source>
        <translation>Toque « %1 » para volver a intentarlo, o « %2 » para volver atrás.</translation>
    </message>
    <message>
        <source>Ce service refuse la borne</source>
        <translation>Este servicio rechaza el puesto</translation>
    </message>
    <message>
        <source>Ce site n&apos;accepte pas que l&apos;on se connecte depuis le navigateur de la borne. La borne n&apos;y peut rien.</source>
        <translation>Este sitio no acepta que se inicie sesión desde el navegador del puesto. El puesto no puede hacer nada.</translation>
    </message>
    <message>
        <source>Ouvrez votre messagerie sur votre téléphone pour lire le code. Ou demandez à un médiateur.</source>
        <translation>Abra su correo en el teléfono para leer el código. O pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir en arrière.</source>
        <translation>Toque « %1 » para volver atrás.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la borne</source>
        <translation>Este archivo no se puede guardar en este ordenador</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF, pour les imprimer.</source>
        <translation>Este ordenador solo guarda documentos PDF, para imprimirlos.</translation>
    </message>
    <message>
        <source>Demandez à un médiateur si vous avez besoin de ce fichier.</source>
        <translation>Si necesita este archivo, pregunte a un mediador.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site.</source>
        <translation>Toque « %1 » para volver al sitio.</translation>
    </message>
    <message>
        <source>Ce document n&apos;a pas pu être enregistré</source>
        <translation>No se ha podido guardar este documento</translation>
    </message>
    <message>
        <source>La borne n&apos;a plus de place pour le garder. Prévenez un médiateur.</source>
        <translation>El ordenador ya no tiene espacio para guardarlo. Avise a un mediador.</translation>
    </message>
    <message>
        <source>Le téléchargement s&apos;est arrêté avant la fin. Réessayez ; si cela recommence, prévenez un médiateur.</source>
        <translation>La descarga se ha detenido antes del final. Vuelva a intentarlo; si ocurre de nuevo, avise a un mediador.</translation>
    </message>
    <message>
        <source>Ce site ne s&apos;ouvre pas sur la borne</source>
        <translation>Este sitio no se abre en este ordenador</translation>
    </message>
    <message>
        <source>La borne ouvre seulement les sites officiels utiles à vos démarches. « %1 » n&apos;en fait pas partie.</source>
        <translation>Este ordenador solo abre los sitios oficiales útiles para sus trámites. « %1 » no es uno de ellos.</translation>
    </message>
    <message>
        <source>Vous pouvez l&apos;ouvrir sur votre téléphone : scannez ce code avec l&apos;appareil photo.</source>
        <translation>Puede abrirlo en su teléfono: escanee este código con la cámara.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site officiel.</source>
        <translation>Toque « %1 » para volver al sitio oficial.</translation>
    </message>
    <message>
        <source>Adresse à ouvrir sur votre téléphone</source>
        <translation>Dirección para abrir en su teléfono</translation>
    </message>
    <message>
        <source>Attention : cette adresse imite un site officiel</source>
        <translation>Atención: esta dirección imita un sitio oficial</translation>
    </message>
    <message>
        <source>Elle ressemble au nom d&apos;un site officiel, mais ce n&apos;en est pas un. Par prudence, la borne ne l&apos;ouvre pas et ne la propose pas pour votre téléphone.</source>
        <translation>Se parece al nombre de un sitio oficial, pero no lo es. Por seguridad, este ordenador no la abre ni le da el código para su teléfono.</translation>
    </message>
    <message>
        <source>En cas de doute, demandez à un médiateur.</source>
        <translation>Si tiene dudas, pregunte a un mediador.</translation>
    </message>
    <message>
        <source>Ce lien ne s&apos;ouvre pas sur la borne</source>
        <translation>Este enlace no se abre en este ordenador</translation>
    </message>
    <message>
        <source>Il ne mène pas à une page d&apos;un site officiel.</source>
        <translation>No lleva a una página de un sitio oficial.</translation>
    </message>
    <message>
        <source>Site : %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <source>Page de départ de l&apos;étape</source>
        <translation>Página inicial del paso</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>Imprimir esta página</translation>
    </message>
</context>
<context>
    <name>WebmailChoice</name>
    <message>
        <source>Quelle est votre messagerie ?</source>
        <translation>¿Cuál es su servicio de correo?</translation>
    </message>
    <message>
        <source>Votre messagerie s&apos;ouvre dans un onglet à côté du site officiel. Ce n&apos;est pas un site officiel. Le site officiel reste ouvert, comme vous l&apos;avez laissé.</source>
        <translation>Su correo se abre en una pestaña al lado del sitio oficial. No es un sitio oficial. El sitio oficial sigue abierto, como lo dejó.</translation>
    </message>
    <message>
        <source>Votre messagerie n&apos;est pas dans la liste ? Lisez le code sur votre téléphone, ou demandez à un médiateur.</source>
        <translation>¿Su correo no está en la lista? Lea el código en su teléfono, o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ouvrir ma messagerie %1</source>
        <translation>Abrir mi correo %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Écoute : activée</source>
        <translation>Escucha: activada</translation>
    </message>
    <message>
        <source>Écoute</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>Mode écoute : activé. Touchez une langue : elle dit son nom ; touchez-la encore pour commencer</source>
        <translation>Modo escucha: activado. Toque un idioma: dice su nombre; tóquelo otra vez para empezar</translation>
    </message>
    <message>
        <source>Mode écoute : chaque écran est lu à voix haute</source>
        <translation>Modo escucha: cada pantalla se lee en voz alta</translation>
    </message>
    <message>
        <source>Touchez l&apos;écran pour commencer</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
    <message>
        <source>Commencer en français</source>
        <translation>Empezar en francés</translation>
    </message>
    <message>
        <source>Choisissez votre langue :</source>
        <translation>Elija su idioma:</translation>
    </message>
</context>
</TS>
