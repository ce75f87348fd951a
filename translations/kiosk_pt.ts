<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Touchez chaque papier que vous avez avec vous.</source>
        <translation>Toque em cada papel que tem consigo.</translation>
    </message>
    <message>
        <source>Je l&apos;ai</source>
        <translation>Tenho</translation>
    </message>
    <message>
        <source>✔ Je l&apos;ai</source>
        <translation>✔ Tenho</translation>
    </message>
    <message>
        <source>Je ne l&apos;ai pas encore</source>
        <translation>Ainda não tenho</translation>
    </message>
</context>
<context>
    <name>ConfirmWipe</name>
    <message>
        <source>Terminer et tout effacer ?</source>
        <translation>Terminar e apagar tudo?</translation>
    </message>
    <message>
        <source>Vos réponses et ce que vous avez ouvert seront effacés. Pensez à imprimer ou à photographier votre résumé avant.</source>
        <translation>As suas respostas e o que abriu vão ser apagados. Antes, lembre-se de imprimir o seu resumo ou de lhe tirar uma fotografia.</translation>
    </message>
    <message>
        <source>Oui, tout effacer</source>
        <translation>Sim, apagar tudo</translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation>Não, continuar</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>Documento de identidade</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Autorização de residência</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <translation>Comprovativo de morada</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <translation>Recibo de vencimento</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>Dados bancários (RIB)</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <translation>Aviso de imposto</translation>
    </message>
    <message>
        <source>Autre papier</source>
        <translation>Outro papel</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant.</source>
        <translation>Ainda não há nenhum documento.</translation>
    </message>
    <message>
        <source>Touchez « Scanner un papier » pour en ajouter un.</source>
        <translation>Toque em « Digitalizar um papel » para acrescentar um.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de scanner : demandez à un médiateur.</source>
        <translation>Este posto não tem scanner: peça a um mediador.</translation>
    </message>
    <message>
        <source>Document PDF du site officiel</source>
        <translation>Documento PDF do site oficial</translation>
    </message>
    <message>
        <source>Pages : %1</source>
        <translation>Páginas: %1</translation>
    </message>
    <message>
        <source>Choisi</source>
        <translation>Escolhido</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Enviar este documento</translation>
    </message>
    <message>
        <source>« %1 » : envoyer ce document au site</source>
        <translation>« %1 »: enviar este documento ao site</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Voir et modifier les pages de « %1 »</source>
        <translation>Ver e alterar as páginas de « %1 »</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Changer le nom de « %1 »</source>
        <translation>Mudar o nome de « %1 »</translation>
    </message>
    <message>
        <source>Avec le document d&apos;avant</source>
        <translation>Com o documento anterior</translation>
    </message>
    <message>
        <source>Mettre les pages de « %1 » à la suite de « %2 »</source>
        <translation>Pôr as páginas de « %1 » a seguir a « %2 »</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Supprimer « %1 »</source>
        <translation>Apagar « %1 »</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Rodar</translation>
    </message>
    <message>
        <source>Tourner la %1</source>
        <translation>Rodar a %1</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Mettre la %1 avant</source>
        <translation>Pôr a %1 antes</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Mettre la %1 après</source>
        <translation>Pôr a %1 depois</translation>
    </message>
    <message>
        <source>Enlever</source>
        <translation>Tirar</translation>
    </message>
    <message>
        <source>Enlever la %1</source>
        <translation>Tirar a %1</translation>
    </message>
    <message>
        <source>Les pages de « %1 »</source>
        <translation>As páginas de « %1 »</translation>
    </message>
    <message>
        <source>Tournez une page à l&apos;endroit, changez l&apos;ordre, enlevez une page.</source>
        <translation>Rode uma página para a posição certa, mude a ordem, tire uma página.</translation>
    </message>
    <message>
        <source>Quel est ce papier ?</source>
        <translation>Que papel é este?</translation>
    </message>
    <message>
        <source>Choisissez son nom. Le site verra ce nom.</source>
        <translation>Escolha o nome. O site vai ver este nome.</translation>
    </message>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Escolher um documento para enviar</translation>
    </message>
    <message>
        <source>Le site demande un fichier. Touchez « Envoyer ce document ». Seuls vos documents de cette visite sont proposés.</source>
        <translation>O site pede um ficheiro. Toque em « Enviar este documento ». Só aparecem os seus documentos desta visita.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Os meus documentos</translation>
    </message>
    <message>
        <source>Vos papiers scannés restent ici pendant votre visite. Tout est effacé à la fin.</source>
        <translation>Os seus papéis digitalizados ficam aqui durante a visita. No fim, tudo é apagado.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Digitalizar um papel</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>Digitalizar um papel com o scanner deste posto</translation>
    </message>
    <message>
        <source>Envoyer les documents choisis</source>
        <translation>Enviar os documentos escolhidos</translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation>Voltar à lista</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Fermer « Mes documents »</source>
        <translation>Fechar « Os meus documentos »</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF ou une image.</source>
        <translation>Este site aceita um PDF ou uma imagem.</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF.</source>
        <translation>Este site aceita um PDF.</translation>
    </message>
    <message>
        <source>Ce site accepte une image d&apos;une seule page.</source>
        <translation>Este site aceita uma imagem de uma só página.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire.</source>
        <translation>Este site pede um tipo de ficheiro que o posto não sabe fazer.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire. Demandez à un médiateur.</source>
        <translation>Este site pede um tipo de ficheiro que o posto não sabe fazer. Peça a um mediador.</translation>
    </message>
    <message>
        <source>Ce site demande une image d&apos;une seule page, et ce document a plusieurs pages. Demandez à un médiateur.</source>
        <translation>Este site pede uma imagem de uma só página, e este documento tem várias páginas. Peça a um mediador.</translation>
    </message>
    <message>
        <source>Ce document est trop lourd pour ce site, même réduit. Enlevez des pages, ou demandez à un médiateur.</source>
        <translation>Este documento é grande demais para este site, mesmo reduzido. Tire páginas, ou peça a um mediador.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas pu préparer le fichier. Demandez à un médiateur.</source>
        <translation>O posto não conseguiu preparar o ficheiro. Peça a um mediador.</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Reprendre « %1 »</source>
        <translation>Voltar a « %1 »</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Avant de continuer « %1 », faisons d&apos;abord ceci. Vous y reviendrez ensuite.</source>
        <translation>Antes de continuar « %1 », vamos primeiro fazer isto. Depois, voltamos a esse procedimento.</translation>
    </message>
    <message>
        <source>Ce texte n&apos;est pas encore traduit : il est affiché en français.</source>
        <translation>Este texto ainda não está traduzido: aparece em francês.</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Arrêter la lecture à voix haute</source>
        <translation>Parar a leitura em voz alta</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Écouter : lire cet écran à voix haute</source>
        <translation>Ouvir: ler este ecrã em voz alta</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Changer de langue (maintenant : %1)</source>
        <translation>Mudar de língua (agora: %1)</translation>
    </message>
    <message>
        <source>Pas à pas — %1</source>
        <translation>Pas à pas — %1</translation>
    </message>
    <message>
        <source>Mode accompagné</source>
        <translation>Modo acompanhado</translation>
    </message>
    <message>
        <source>Répéter</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Répéter : entendre encore ce qui est à l&apos;écran</source>
        <translation>Repetir: ouvir de novo o que está no ecrã</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Preciso de ajuda</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Preciso de ajuda: chamar um mediador</translation>
    </message>
    <message>
        <source>Un médiateur va venir</source>
        <translation>Um mediador vem a caminho</translation>
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
        <translation>muito grande</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Texte normal</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Taille du texte : %1. Toucher pour changer</source>
        <translation>Tamanho do texto: %1. Toque para mudar</translation>
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
        <translation>Contraste alto: ligado. Toque para voltar às cores normais</translation>
    </message>
    <message>
        <source>Contraste élevé : désactivé. Toucher pour des couleurs plus contrastées</source>
        <translation>Contraste alto: desligado. Toque para ter cores com mais contraste</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>AIDE DEMANDÉE — %1 — BUREAU NON PRÉVENU</source>
        <translation>AJUDA PEDIDA — %1 — BALCÃO NÃO AVISADO</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : le bureau des médiateurs n&apos;a pas reçu l&apos;appel</source>
        <translation>Ajuda pedida no %1: o balcão dos mediadores não recebeu o pedido</translation>
    </message>
    <message>
        <source>AIDE DEMANDÉE — %1</source>
        <translation>AJUDA PEDIDA — %1</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : un médiateur va venir</source>
        <translation>Ajuda pedida em %1: um mediador vem a caminho</translation>
    </message>
</context>
<context>
    <name>HelpComing</name>
    <message>
        <source>Votre appel n&apos;est pas arrivé au bureau des médiateurs</source>
        <translation>O seu pedido não chegou ao balcão dos mediadores</translation>
    </message>
    <message>
        <source>Levez la main ou allez à l&apos;accueil : un médiateur viendra vous aider. Vous pouvez continuer en attendant.</source>
        <translation>Levante a mão ou dirija-se à receção: um mediador virá ajudar. Pode continuar enquanto espera.</translation>
    </message>
    <message>
        <source>Un médiateur va venir vous aider</source>
        <translation>Um mediador vem a caminho para ajudar</translation>
    </message>
    <message>
        <source>Restez à votre place : %1. Vous pouvez continuer en attendant.</source>
        <translation>Fique no seu lugar: %1. Pode continuar enquanto espera.</translation>
    </message>
    <message>
        <source>D&apos;accord</source>
        <translation>Está bem</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pour quelle démarche venez-vous ?</source>
        <translation>Que procedimento vem fazer?</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Sans réponse, tout ce que vous avez fait sera effacé dans %n seconde(s).</source>
        <translation>
            <numerusform>Se não responder, tudo o que fez vai ser apagado dentro de %n segundo.</numerusform>
            <numerusform>Se não responder, tudo o que fez vai ser apagado dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <source>Oui, je suis là</source>
        <translation>Sim, estou aqui</translation>
    </message>
    <message>
        <source>Oui, je suis là : continuer</source>
        <translation>Sim, estou aqui: continuar</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Suivant : étape %1 sur %2</source>
        <translation>Seguinte: passo %1 de %2</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Retour à l&apos;écran d&apos;avant</source>
        <translation>Voltar ao ecrã anterior</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Recommencer ce guide depuis le début</source>
        <translation>Recomeçar este guia desde o início</translation>
    </message>
    <message>
        <source>Autre démarche</source>
        <translation>Outro procedimento</translation>
    </message>
    <message>
        <source>Choisir une autre démarche</source>
        <translation>Escolher outro procedimento</translation>
    </message>
    <message>
        <source>Mon résumé</source>
        <translation>O meu resumo</translation>
    </message>
    <message>
        <source>Mon résumé : voir ce qui est fait et ce qui reste, l&apos;imprimer ou le scanner</source>
        <translation>O meu resumo: ver o que está feito e o que falta, imprimi-lo ou lê-lo com o telemóvel</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>Terminar e apagar</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Escolha a sua língua</translation>
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
        <translation>%1 · conteúdo %2 de %3</translation>
    </message>
    <message>
        <source>Les chiffres ne sont pas enregistrés sur ce poste.</source>
        <translation>Os números não são registados neste computador.</translation>
    </message>
    <message>
        <source>Sessions : %1 · guides commencés : %2 · terminés : %3 · aides demandées : %4 · impressions : %5 · QR montrés : %6 · effacements automatiques : %7</source>
        <translation>Sessões: %1 · guias iniciados: %2 · terminados: %3 · pedidos de ajuda: %4 · impressões: %5 · QR mostrados: %6 · apagamentos automáticos: %7</translation>
    </message>
    <message>
        <source>Pages scannées : %1 · documents envoyés à un site : %2 · pages de sites imprimées : %3 · messageries ouvertes : %4</source>
        <translation>Páginas digitalizadas: %1 · documentos enviados a um site: %2 · páginas de sites impressas: %3 · e-mails abertos: %4</translation>
    </message>
    <message>
        <source>Pas d&apos;impression sur ce poste.</source>
        <translation>Não há impressão neste computador.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est prête : %1</source>
        <translation>A impressora está pronta: %1</translation>
    </message>
    <message>
        <source>Impression de la page de test…</source>
        <translation>A imprimir a página de teste…</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas pu être écrit.</source>
        <translation>Não foi possível gravar a exportação.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) écrite(s) dans %1</source>
        <translation>
            <numerusform>%n linha gravada em %1</numerusform>
            <numerusform>%n linhas gravadas em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <source>vérifiée le %1</source>
        <translation>verificada em %1</translation>
    </message>
    <message>
        <source>copie du %1</source>
        <translation>cópia de %1</translation>
    </message>
    <message>
        <source>copie non datée</source>
        <translation>cópia sem data</translation>
    </message>
    <message>
        <source>PLUS DE 12 MOIS</source>
        <translation>MAIS DE 12 MESES</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) attend(ent) une vérification sur le site officiel</source>
        <translation>
            <numerusform>%n página aguarda verificação no site oficial</numerusform>
            <numerusform>%n páginas aguardam verificação no site oficial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n depuis plus de 12 mois.</source>
        <translation>
            <numerusform>, %n delas há mais de 12 meses.</numerusform>
            <numerusform>, %n delas há mais de 12 meses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) : la liste entière est dans « kiosk check ».</source>
        <translation>
            <numerusform>… e mais %n: a lista completa está em «kiosk check».</numerusform>
            <numerusform>… e mais %n: a lista completa está em «kiosk check».</numerusform>
        </translation>
    </message>
    <message>
        <source>AUCUNE VOIX : « Écouter » et le mode écoute sont muets</source>
        <translation>SEM VOZ: «Ouvir» e o modo de escuta ficam mudos</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Área do mediador</translation>
    </message>
    <message>
        <source>J&apos;ai vu la demande d&apos;aide</source>
        <translation>Vi o pedido de ajuda</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Terminar a sessão</translation>
    </message>
    <message>
        <source>Terminer la session et tout effacer</source>
        <translation>Terminar a sessão e apagar tudo</translation>
    </message>
    <message>
        <source>Mode accompagné : activé</source>
        <translation>Modo acompanhado: ligado</translation>
    </message>
    <message>
        <source>Mode accompagné : désactivé</source>
        <translation>Modo acompanhado: desligado</translation>
    </message>
    <message>
        <source>Toucher pour changer, sans terminer la session</source>
        <translation>Toque para mudar, sem terminar a sessão</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : activé</source>
        <translation>Modo de escuta para este visitante: ligado</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : désactivé</source>
        <translation>Modo de escuta para este visitante: desligado</translation>
    </message>
    <message>
        <source>Chaque écran est lu à voix haute. Toucher pour changer, sans terminer la session</source>
        <translation>Cada ecrã é lido em voz alta. Tocar para mudar, sem terminar a sessão</translation>
    </message>
    <message>
        <source>Voix de lecture</source>
        <translation>Vozes de leitura</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <source>Vérifier l&apos;imprimante</source>
        <translation>Verificar a impressora</translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation>Imprimir uma página de teste</translation>
    </message>
    <message>
        <source>Chiffres du jour (anonymes)</source>
        <translation>Números do dia (anónimos)</translation>
    </message>
    <message>
        <source>Exporter les chiffres (CSV)</source>
        <translation>Exportar os números (CSV)</translation>
    </message>
    <message>
        <source>Sources à vérifier sur le site officiel (les plus anciennes d&apos;abord)</source>
        <translation>Fontes a verificar no site oficial (as mais antigas primeiro)</translation>
    </message>
    <message>
        <source>Traductions des guides (une traduction non relue peut contenir des erreurs)</source>
        <translation>Traduções dos guias (uma tradução não revista pode conter erros)</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Taille du texte au début de chaque session :</source>
        <translation>Tamanho do texto no início de cada sessão:</translation>
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
        <translation>Muito grande</translation>
    </message>
    <message>
        <source>Taille du texte par défaut : %1</source>
        <translation>Tamanho do texto predefinido: %1</translation>
    </message>
    <message>
        <source>Langues proposées :</source>
        <translation>Línguas disponíveis:</translation>
    </message>
    <message>
        <source>Proposer la langue %1</source>
        <translation>Disponibilizar a língua %1</translation>
    </message>
    <message>
        <source>Revenir à la borne</source>
        <translation>Voltar ao quiosque</translation>
    </message>
    <message>
        <source>Quitter le kiosque</source>
        <translation>Sair do quiosque</translation>
    </message>
    <message>
        <source>Quitter le kiosque et revenir au bureau</source>
        <translation>Sair do quiosque e voltar ao ambiente de trabalho</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) complet(s) sur %1</source>
        <translation>
            <numerusform>%n guia completo de %1</numerusform>
            <numerusform>%n guias completos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>relus par un traducteur : %1 · non relus : %2</source>
        <translation>revistos por um tradutor: %1 · não revistos: %2</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <source>Ce papier est : %1</source>
        <translation>Este papel é: %1</translation>
    </message>
    <message>
        <source>Ou écrivez un autre nom</source>
        <translation>Ou escreva outro nome</translation>
    </message>
    <message>
        <source>Écrire un autre nom pour ce papier</source>
        <translation>Escrever outro nome para este papel</translation>
    </message>
    <message>
        <source>Garder ce nom</source>
        <translation>Ficar com este nome</translation>
    </message>
    <message>
        <source>Garder le nom écrit</source>
        <translation>Ficar com o nome escrito</translation>
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
        <translation>Escolher o mês: %1</translation>
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
        <translation>Menos uma semana (agora: %1)</translation>
    </message>
    <message>
        <source>Une semaine de plus (maintenant : %1)</source>
        <translation>Mais uma semana (agora: %1)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Code médiateur</source>
        <translation>Código do mediador</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Apagar o último algarismo</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Confirmar o código</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Annuler et revenir</source>
        <translation>Cancelar e voltar</translation>
    </message>
    <message>
        <source>%1 chiffres tapés</source>
        <translation>%1 algarismos introduzidos</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Código incorreto.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Demasiadas tentativas. Tente outra vez dentro de %n segundo.</numerusform>
            <numerusform>Demasiadas tentativas. Tente outra vez dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Impression en cours…</source>
        <translation>A imprimir…</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez votre feuille à l&apos;imprimante.</source>
        <translation>Já está impresso. Vá buscar a sua folha à impressora.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est prête sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Nenhuma impressora está pronta neste computador. Leia o código com o seu telemóvel ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>A impressora está parada. Leia o código com o seu telemóvel ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;accepte pas d&apos;impression pour le moment. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>De momento, a impressora não aceita impressões. Leia o código com o seu telemóvel ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>A impressora não responde. Leia o código com o seu telemóvel ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>L&apos;impression ne fonctionne pas sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>A impressão não funciona neste computador. Leia o código com o seu telemóvel ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu partir. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Não foi possível enviar a impressão. Leia o código com o seu telemóvel ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>Une impression est déjà en cours. Attendez un instant.</source>
        <translation>Já há uma impressão em curso. Espere um momento.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Oui</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Je ne sais pas</source>
        <translation>Não sei</translation>
    </message>
    <message>
        <source>Répondre : %1</source>
        <translation>Responder: %1</translation>
    </message>
    <message>
        <source>la coche verte</source>
        <translation>o visto verde</translation>
    </message>
    <message>
        <source>la croix rouge</source>
        <translation>a cruz vermelha</translation>
    </message>
    <message>
        <source>le point d&apos;interrogation bleu</source>
        <translation>o ponto de interrogação azul</translation>
    </message>
    <message>
        <source>la flèche</source>
        <translation>a seta</translation>
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
        <translation>Não foi possível guardar a página no posto. Peça a um mediador.</translation>
    </message>
    <message>
        <source>La page est dans « Mes documents » : « %1 », page %2.</source>
        <translation>A página está em « Os meus documentos »: « %1 », página %2.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Digitalizar um papel</translation>
    </message>
    <message>
        <source>1. Ouvrez le capot du scanner. 2. Posez le papier, face écrite contre la vitre, dans le coin marqué. 3. Fermez le capot. 4. Touchez « Scanner ». Pour une carte à deux côtés : scannez un côté, puis l&apos;autre.</source>
        <translation>1. Abra a tampa do scanner. 2. Ponha o papel, com o lado escrito contra o vidro, no canto marcado. 3. Feche a tampa. 4. Toque em « Digitalizar ». Para um cartão com dois lados: digitalize um lado, depois o outro.</translation>
    </message>
    <message>
        <source>Scan en cours…</source>
        <translation>A digitalizar…</translation>
    </message>
    <message>
        <source>Ne bougez pas le papier. Cela prend quelques secondes.</source>
        <translation>Não mexa no papel. Demora alguns segundos.</translation>
    </message>
    <message>
        <source>Voici votre page</source>
        <translation>Aqui está a sua página</translation>
    </message>
    <message>
        <source>Tout se lit bien ? Alors dites ce qu&apos;est ce papier. Sinon, touchez « Recommencer le scan ».</source>
        <translation>Lê-se tudo bem? Então diga que papel é este. Se não, toque em « Digitalizar de novo ».</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché</source>
        <translation>A digitalização não funcionou</translation>
    </message>
    <message>
        <source>Vos documents déjà scannés sont toujours là.</source>
        <translation>Os documentos já digitalizados continuam aqui.</translation>
    </message>
    <message>
        <source>Aperçu de la page scannée</source>
        <translation>Pré-visualização da página digitalizada</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Digitalizar</translation>
    </message>
    <message>
        <source>Scanner le papier posé sur la vitre</source>
        <translation>Digitalizar o papel pousado no vidro</translation>
    </message>
    <message>
        <source>En couleur : oui</source>
        <translation>A cores: sim</translation>
    </message>
    <message>
        <source>En couleur : non</source>
        <translation>A cores: não</translation>
    </message>
    <message>
        <source>Scanner en couleur, pour une carte ou une photo</source>
        <translation>Digitalizar a cores, para um cartão ou uma foto</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>non</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Recommencer le scan</source>
        <translation>Digitalizar de novo</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Arrêter le scan</source>
        <translation>Parar a digitalização</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Preciso de ajuda</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Preciso de ajuda: chamar um mediador</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Ver os meus documentos</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Fermer le scanner</source>
        <translation>Fechar o scanner</translation>
    </message>
    <message>
        <source>Page suivante de « %1 »</source>
        <translation>Página seguinte de « %1 »</translation>
    </message>
    <message>
        <source>Ajouter cette page à la suite de « %1 »</source>
        <translation>Acrescentar esta página a seguir a « %1 »</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Le scanner ne répond pas : il est peut-être éteint ou débranché. Demandez à un médiateur.</source>
        <translation>O scanner não responde: talvez esteja desligado ou desligado da tomada. Peça a um mediador.</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>O scanner está ocupado. Espere um momento e tente de novo.</translation>
    </message>
    <message>
        <source>Le papier est coincé dans le scanner. Demandez à un médiateur de l&apos;enlever.</source>
        <translation>O papel está encravado no scanner. Peça a um mediador para o tirar.</translation>
    </message>
    <message>
        <source>Le scanner ne trouve pas de papier. Posez le papier, puis réessayez.</source>
        <translation>O scanner não encontra papel. Ponha o papel e tente de novo.</translation>
    </message>
    <message>
        <source>Le capot du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>A tampa do scanner está aberta. Feche-a e tente de novo.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas abouti : le scanner ne répond plus. Demandez à un médiateur.</source>
        <translation>A digitalização não terminou: o scanner deixou de responder. Peça a um mediador.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à un médiateur.</source>
        <translation>A digitalização não funcionou. Tente de novo, ou peça a um mediador.</translation>
    </message>
</context>
<context>
    <name>SiteSide</name>
    <message>
        <source>Document du site</source>
        <translation>Documento do site</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>A imprimir…</translation>
    </message>
</context>
<context>
    <name>SiteTabs</name>
    <message>
        <source>Site officiel</source>
        <translation>Site oficial</translation>
    </message>
    <message>
        <source>Ma messagerie : %1</source>
        <translation>O meu e-mail: %1</translation>
    </message>
    <message>
        <source>Fermer ma messagerie</source>
        <translation>Fechar o meu e-mail</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Source : %1 — %2</source>
        <translation>Fonte: %1 — %2</translation>
    </message>
    <message>
        <source>relu sur une copie de la page du %1</source>
        <translation>lido numa cópia da página de %1</translation>
    </message>
    <message>
        <source>relu sur une copie de la page de %1</source>
        <translation>lido numa cópia da página de %1</translation>
    </message>
    <message>
        <source>relu sur une copie non datée de la page</source>
        <translation>lido numa cópia sem data da página</translation>
    </message>
    <message>
        <source>vérifié sur le site officiel le %1 par %2</source>
        <translation>verificado no site oficial em %1 por %2</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>Ce que vous verrez à l&apos;écran</source>
        <translation>O que vai ver no ecrã</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Atenção: %1</translation>
    </message>
    <message>
        <source>Ouvrir le site %1</source>
        <translation>Abrir o site %1</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Digitalizar um papel</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>Digitalizar um papel com o scanner deste posto</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Os meus documentos (%1)</translation>
    </message>
    <message>
        <source>Mes documents : voir et envoyer vos papiers scannés. Nombre de documents : %1</source>
        <translation>Os meus documentos: ver e enviar os papéis digitalizados. Número de documentos: %1</translation>
    </message>
    <message>
        <source>Ma messagerie</source>
        <translation>O meu e-mail</translation>
    </message>
    <message>
        <source>Ma messagerie : ouvrir mes e-mails à côté, pour lire un code</source>
        <translation>O meu e-mail: abrir os meus e-mails ao lado, para ler um código</translation>
    </message>
    <message>
        <source>Fermer le site</source>
        <translation>Fechar o site</translation>
    </message>
    <message>
        <source>Fermer le site officiel et garder le guide</source>
        <translation>Fechar o site oficial e manter o guia</translation>
    </message>
    <message>
        <source>Vous êtes sur la page de cette étape : %1.</source>
        <translation>Está na página deste passo: %1.</translation>
    </message>
    <message>
        <source>Un document a été téléchargé depuis le site officiel. Il sera effacé à la fin. Imprimez-le maintenant.</source>
        <translation>Foi descarregado um documento do site oficial. Vai ser apagado no fim. Imprima-o agora.</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Imprimir o documento</translation>
    </message>
    <message>
        <source>À lire à l&apos;usager</source>
        <translation>Para ler ao utente</translation>
    </message>
    <message>
        <source>À faire par le conseiller</source>
        <translation>Para o conselheiro fazer</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Résumé de votre démarche</source>
        <translation>Resumo do seu procedimento</translation>
    </message>
    <message>
        <source>Démarche terminée</source>
        <translation>Procedimento terminado</translation>
    </message>
    <message>
        <source>Le guide s&apos;arrête ici : un professionnel peut vous aider</source>
        <translation>O guia acaba aqui: um profissional pode dar-lhe ajuda</translation>
    </message>
    <message>
        <source>Arrêté à l&apos;étape %1 sur %2 : %3</source>
        <translation>Parou no passo %1 de %2: %3</translation>
    </message>
    <message>
        <source>Arrêté avant la fin : %1</source>
        <translation>Parou antes do fim: %1</translation>
    </message>
    <message>
        <source>Le %1 à %2</source>
        <translation>%1, às %2</translation>
    </message>
    <message>
        <source>Vos réponses</source>
        <translation>As suas respostas</translation>
    </message>
    <message>
        <source>Ce que vous avez fait</source>
        <translation>O que fez</translation>
    </message>
    <message>
        <source>Vos documents</source>
        <translation>Os seus documentos</translation>
    </message>
    <message>
        <source>Documents qui manquent encore</source>
        <translation>Documentos que ainda faltam</translation>
    </message>
    <message>
        <source>Documents prêts</source>
        <translation>Documentos prontos</translation>
    </message>
    <message>
        <source>Documents joints sur un site officiel pendant la visite</source>
        <translation>Documentos anexados num site oficial durante a visita</translation>
    </message>
    <message>
        <source>À faire ensuite</source>
        <translation>A fazer a seguir</translation>
    </message>
    <message>
        <source>tous les %1 mois</source>
        <translation>a cada %1 meses</translation>
    </message>
    <message>
        <source>dans %1 jours</source>
        <translation>daqui a %1 dias</translation>
    </message>
    <message>
        <source>au plus tard le %1</source>
        <translation>o mais tardar a %1</translation>
    </message>
    <message>
        <source>à partir du %1</source>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <source>%1 semaines</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>les %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Qui voir au pôle social</source>
        <translation>Com quem falar no centro social</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Como chegar</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Sites officiels</source>
        <translation>Sites oficiais</translation>
    </message>
    <message>
        <source>Vous pourriez aussi…</source>
        <translation>Também poderia…</translation>
    </message>
    <message>
        <source>D&apos;où viennent ces informations</source>
        <translation>De onde vêm estas informações</translation>
    </message>
    <message>
        <source>… suite sur la feuille imprimée</source>
        <translation>… continua na folha impressa</translation>
    </message>
    <message>
        <source>Pour le conseiller</source>
        <translation>Para o conselheiro</translation>
    </message>
    <message>
        <source>Référence du résumé envoyé au pôle social : %1</source>
        <translation>Referência do resumo enviado ao centro social: %1</translation>
    </message>
    <message>
        <source>Scannez avec votre téléphone</source>
        <translation>Leia com o seu telemóvel</translation>
    </message>
    <message>
        <source>Contenu version %1 du %2</source>
        <translation>Conteúdo: versão %1 de %2</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>non</source>
        <translation>não</translation>
    </message>
    <message>
        <source>je ne sais pas</source>
        <translation>não sei</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Votre nom pour le conseiller (facultatif)</source>
        <translation>O seu nome para o conselheiro (opcional)</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé sur la feuille, puis oublié.</source>
        <translation>Só vai ser impresso na folha e depois esquecido.</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé, puis oublié</source>
        <translation>Só vai ser impresso e depois esquecido</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social</source>
        <translation>Aceito que este resumo seja enviado ao centro social</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social pour préparer mon rendez-vous</source>
        <translation>Aceito que este resumo seja enviado ao centro social para preparar a minha consulta</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Envoyer le résumé au pôle social</source>
        <translation>Enviar o resumo ao centro social</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Imprimer le résumé</source>
        <translation>Imprimir o resumo</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>Terminar e apagar</translation>
    </message>
    <message>
        <source>Terminer et effacer : tout ce que vous avez fait ici sera oublié</source>
        <translation>Terminar e apagar: tudo o que fez aqui vai ser esquecido</translation>
    </message>
    <message>
        <source>Scannez ce code avec votre téléphone pour garder ce résumé</source>
        <translation>Leia este código com o seu telemóvel para guardar este resumo</translation>
    </message>
    <message>
        <source>Code QR du résumé, à scanner avec votre téléphone</source>
        <translation>Código QR do resumo, para ler com o seu telemóvel</translation>
    </message>
    <message>
        <source>Rappel pour l&apos;agenda de votre téléphone : %1</source>
        <translation>Lembrete para a agenda do seu telemóvel: %1</translation>
    </message>
    <message>
        <source>Code QR du rappel pour votre agenda</source>
        <translation>Código QR do lembrete para a sua agenda</translation>
    </message>
</context>
<context>
    <name>Takeaway</name>
    <message>
        <source>Le résumé n&apos;a pas pu être préparé pour l&apos;envoi. Imprimez-le ou scannez le code.</source>
        <translation>Não foi possível preparar o resumo para envio. Imprima-o ou leia o código com o telemóvel.</translation>
    </message>
    <message>
        <source>Votre résumé est confié au pôle social. Référence : %1. Elle sera aussi sur la feuille imprimée.</source>
        <translation>O seu resumo foi entregue ao centro social. Referência: %1. Também estará na folha impressa.</translation>
    </message>
</context>
<context>
    <name>WebPanel</name>
    <message>
        <source>Préparation de l&apos;impression…</source>
        <translation>A preparar a impressão…</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu être préparée pour l&apos;impression. Demandez à un médiateur.</source>
        <translation>Não foi possível preparar esta página para imprimir. Peça a um mediador.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Recharger</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Pas de connexion internet pour le moment</source>
        <translation>De momento, não há ligação à internet</translation>
    </message>
    <message>
        <source>Le site officiel ne répond pas : la borne n&apos;arrive pas à joindre internet.</source>
        <translation>O site oficial não responde: este computador não consegue ligar-se à internet.</translation>
    </message>
    <message>
        <source>Le guide, à côté, continue de fonctionner : vous pouvez avancer, cocher vos documents et imprimer votre résumé.</source>
        <translation>O guia, ao lado, continua a funcionar: pode avançar, marcar os seus documentos e imprimir o seu resumo.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer. Si cela dure, prévenez un médiateur.</source>
        <translation>Toque em « %1 » para tentar outra vez. Se o problema continuar, avise um mediador.</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu s&apos;ouvrir</source>
        <translation>Não foi possível abrir esta página</translation>
    </message>
    <message>
        <source>Le site officiel a rencontré un problème.</source>
        <translation>O site oficial teve um problema.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer, ou « %2 » pour revenir en arrière.</source>
        <translation>Toque em « %1 » para tentar outra vez, ou em « %2 » para voltar atrás.</translation>
    </message>
    <message>
        <source>Ce service refuse la borne</source>
        <translation>Este serviço recusa o posto</translation>
    </message>
    <message>
        <source>Ce site n&apos;accepte pas que l&apos;on se connecte depuis le navigateur de la borne. La borne n&apos;y peut rien.</source>
        <translation>Este site não aceita que se entre a partir do navegador do posto. O posto não pode fazer nada.</translation>
    </message>
    <message>
        <source>Ouvrez votre messagerie sur votre téléphone pour lire le code. Ou demandez à un médiateur.</source>
        <translation>Abra o seu e-mail no telemóvel para ler o código. Ou peça a um mediador.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir en arrière.</source>
        <translation>Toque em « %1 » para voltar atrás.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la borne</source>
        <translation>Este ficheiro não pode ser guardado neste computador</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF, pour les imprimer.</source>
        <translation>Este computador só guarda documentos PDF, para os imprimir.</translation>
    </message>
    <message>
        <source>Demandez à un médiateur si vous avez besoin de ce fichier.</source>
        <translation>Se precisar deste ficheiro, fale com um mediador.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site.</source>
        <translation>Toque em « %1 » para voltar ao site.</translation>
    </message>
    <message>
        <source>Ce document n&apos;a pas pu être enregistré</source>
        <translation>Não foi possível guardar este documento</translation>
    </message>
    <message>
        <source>La borne n&apos;a plus de place pour le garder. Prévenez un médiateur.</source>
        <translation>O computador já não tem espaço para o guardar. Avise um mediador.</translation>
    </message>
    <message>
        <source>Le téléchargement s&apos;est arrêté avant la fin. Réessayez ; si cela recommence, prévenez un médiateur.</source>
        <translation>A transferência parou antes do fim. Tente de novo; se voltar a acontecer, avise um mediador.</translation>
    </message>
    <message>
        <source>Ce site ne s&apos;ouvre pas sur la borne</source>
        <translation>Este site não abre neste computador</translation>
    </message>
    <message>
        <source>La borne ouvre seulement les sites officiels utiles à vos démarches. « %1 » n&apos;en fait pas partie.</source>
        <translation>Este computador só abre os sites oficiais úteis para os seus procedimentos. « %1 » não é um deles.</translation>
    </message>
    <message>
        <source>Vous pouvez l&apos;ouvrir sur votre téléphone : scannez ce code avec l&apos;appareil photo.</source>
        <translation>Pode abri-lo no seu telemóvel: leia este código com a câmara.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site officiel.</source>
        <translation>Toque em « %1 » para voltar ao site oficial.</translation>
    </message>
    <message>
        <source>Adresse à ouvrir sur votre téléphone</source>
        <translation>Endereço para abrir no seu telemóvel</translation>
    </message>
    <message>
        <source>Attention : cette adresse imite un site officiel</source>
        <translation>Atenção: este endereço imita um site oficial</translation>
    </message>
    <message>
        <source>Elle ressemble au nom d&apos;un site officiel, mais ce n&apos;en est pas un. Par prudence, la borne ne l&apos;ouvre pas et ne la propose pas pour votre téléphone.</source>
        <translation>Parece o nome de um site oficial, mas não é. Por segurança, este computador não o abre nem lhe dá o código para o telemóvel.</translation>
    </message>
    <message>
        <source>En cas de doute, demandez à un médiateur.</source>
        <translation>Em caso de dúvida, fale com um mediador.</translation>
    </message>
    <message>
        <source>Ce lien ne s&apos;ouvre pas sur la borne</source>
        <translation>Este link não abre neste computador</translation>
    </message>
    <message>
        <source>Il ne mène pas à une page d&apos;un site officiel.</source>
        <translation>Não leva a uma página de um site oficial.</translation>
    </message>
    <message>
        <source>Site : %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Page de départ de l&apos;étape</source>
        <translation>Página inicial do passo</translation>
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
        <translation>Qual é o seu serviço de e-mail?</translation>
    </message>
    <message>
        <source>Votre messagerie s&apos;ouvre dans un onglet à côté du site officiel. Ce n&apos;est pas un site officiel. Le site officiel reste ouvert, comme vous l&apos;avez laissé.</source>
        <translation>O seu e-mail abre num separador ao lado do site oficial. Não é um site oficial. O site oficial fica aberto, como o deixou.</translation>
    </message>
    <message>
        <source>Votre messagerie n&apos;est pas dans la liste ? Lisez le code sur votre téléphone, ou demandez à un médiateur.</source>
        <translation>O seu e-mail não está na lista? Leia o código no telemóvel, ou peça a um mediador.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ouvrir ma messagerie %1</source>
        <translation>Abrir o meu e-mail %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>Damos-lhe as boas-vindas</translation>
    </message>
    <message>
        <source>Écoute : activée</source>
        <translation>Escuta: ligada</translation>
    </message>
    <message>
        <source>Écoute</source>
        <translation>Escuta</translation>
    </message>
    <message>
        <source>Mode écoute : activé. Touchez une langue : elle dit son nom ; touchez-la encore pour commencer</source>
        <translation>Modo de escuta: ligado. Toque numa língua: ela diz o seu nome; toque outra vez para começar</translation>
    </message>
    <message>
        <source>Mode écoute : chaque écran est lu à voix haute</source>
        <translation>Modo de escuta: cada ecrã é lido em voz alta</translation>
    </message>
    <message>
        <source>Touchez l&apos;écran pour commencer</source>
        <translation>Toque no ecrã para começar</translation>
    </message>
    <message>
        <source>Commencer en français</source>
        <translation>Começar em francês</translation>
    </message>
    <message>
        <source>Choisissez votre langue :</source>
        <translation>Escolha a sua língua:</translation>
    </message>
</context>
</TS>
