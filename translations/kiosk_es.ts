<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Touchez chaque papier que vous avez avec vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Je l&apos;ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je ne l&apos;ai pas encore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmWipe</name>
    <message>
        <source>Terminer et tout effacer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos réponses et ce que vous avez ouvert seront effacés. Pensez à imprimer ou à photographier votre résumé avant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, tout effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Reprendre « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faire une autre démarche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer et effacer : tout ce que vous avez fait ici sera oublié</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Avant de continuer « %1 », faisons d&apos;abord ceci. Vous y reviendrez ensuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce texte n&apos;est pas encore traduit : il est affiché en français.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter la lecture à voix haute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter : lire cet écran à voix haute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Changer de langue (maintenant : %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas à pas — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode accompagné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un médiateur va venir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>très grande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du texte : %1. Toucher pour changer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé : activé. Toucher pour revenir aux couleurs normales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé : désactivé. Toucher pour des couleurs plus contrastées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>AIDE DEMANDÉE — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aide demandée au %1 : un médiateur va venir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpComing</name>
    <message>
        <source>Un médiateur va venir vous aider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restez à votre place : %1. Vous pouvez continuer en attendant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&apos;accord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pour quelle démarche venez-vous ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé dans %1 secondes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, je suis là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, je suis là : continuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Suivant : étape %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à l&apos;écran d&apos;avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommencer ce guide depuis le début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre démarche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir une autre démarche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon résumé : voir ce qui est fait et ce qui reste, l&apos;imprimer ou le scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>%1 · contenu %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les chiffres ne sont pas enregistrés sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions : %1 · guides commencés : %2 · terminés : %3 · aides demandées : %4 · impressions : %5 · QR montrés : %6 · effacements automatiques : %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;impression sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante est prête : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression de la page de test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas pu être écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lignes écrites dans %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <source>Espace médiateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai vu la demande d&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer la session et tout effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode accompagné : activé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode accompagné : désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toucher pour changer, sans terminer la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres du jour (anonymes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les chiffres (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du texte au début de chaque session :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Très grande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du texte par défaut : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langues proposées :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer la langue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter le kiosque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter le kiosque et revenir au bureau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Code médiateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler et revenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chiffres tapés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;essais. Réessayez dans %1 secondes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Impression en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez votre feuille à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est prête sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;accepte pas d&apos;impression pour le moment. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression ne fonctionne pas sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu partir. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une impression est déjà en cours. Attendez un instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je ne sais pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répondre : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que vous verrez à l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source : %1 — vérifié le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer le site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer le site officiel et garder le guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous êtes sur la page de cette étape : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un document a été téléchargé depuis le site officiel. Il sera effacé à la fin. Imprimez-le maintenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À lire à l&apos;usager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À faire par le conseiller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Résumé de votre démarche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarche terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le guide s&apos;arrête ici : un professionnel peut vous aider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêté à l&apos;étape %1 sur %2 : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêté avant la fin : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le %1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que vous avez fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents qui manquent encore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents prêts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À faire ensuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tous les %1 mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dans %1 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui voir au pôle social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites officiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour le conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez avec votre téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenu version %1 du %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>je ne sais pas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Votre nom pour le conseiller (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il sera seulement imprimé sur la feuille, puis oublié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il sera seulement imprimé, puis oublié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer le résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer et effacer : tout ce que vous avez fait ici sera oublié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez ce code avec votre téléphone pour garder ce résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code QR du résumé, à scanner avec votre téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel pour l&apos;agenda de votre téléphone : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code QR du rappel pour votre agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebPanel</name>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de connexion internet pour le moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le site officiel ne répond pas : la borne n&apos;arrive pas à joindre internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le guide, à côté, continue de fonctionner : vous pouvez avancer, cocher vos documents et imprimer votre résumé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer. Si cela dure, prévenez un médiateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu s&apos;ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le site officiel a rencontré un problème.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer, ou « %2 » pour revenir en arrière.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF, pour les imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandez à un médiateur si vous avez besoin de ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce site ne s&apos;ouvre pas sur la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne ouvre seulement les sites officiels utiles à vos démarches. « %1 » n&apos;en fait pas partie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous pouvez l&apos;ouvrir sur votre téléphone : scannez ce code avec l&apos;appareil photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site officiel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse à ouvrir sur votre téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : cette adresse imite un site officiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle ressemble au nom d&apos;un site officiel, mais ce n&apos;en est pas un. Par prudence, la borne ne l&apos;ouvre pas et ne la propose pas pour votre téléphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cas de doute, demandez à un médiateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lien ne s&apos;ouvre pas sur la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il ne mène pas à une page d&apos;un site officiel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page de départ de l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez l&apos;écran pour commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer en français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez votre langue :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer en %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
