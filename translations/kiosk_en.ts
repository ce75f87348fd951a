<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Touchez chaque papier que vous avez avec vous.</source>
        <translation>Touch each paper that you have with you.</translation>
    </message>
    <message>
        <source>Je l&apos;ai</source>
        <translation>I have it</translation>
    </message>
    <message>
        <source>✔ Je l&apos;ai</source>
        <translation>✔ I have it</translation>
    </message>
    <message>
        <source>Je ne l&apos;ai pas encore</source>
        <translation>I don&apos;t have it yet</translation>
    </message>
</context>
<context>
    <name>ConfirmWipe</name>
    <message>
        <source>Terminer et tout effacer ?</source>
        <translation>Finish and erase everything?</translation>
    </message>
    <message>
        <source>Vos réponses et ce que vous avez ouvert seront effacés. Pensez à imprimer ou à photographier votre résumé avant.</source>
        <translation>Your answers and what you opened will be erased. Remember to print your summary or take a photo of it first.</translation>
    </message>
    <message>
        <source>Oui, tout effacer</source>
        <translation>Yes, erase everything</translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation>No, continue</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <translation>Proof of address</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>Bank details (RIB)</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <translation>Tax notice</translation>
    </message>
    <message>
        <source>Autre papier</source>
        <translation>Other paper</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant.</source>
        <translation>No document yet.</translation>
    </message>
    <message>
        <source>Touchez « Scanner un papier » pour en ajouter un.</source>
        <translation>Touch « Scan a paper » to add one.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de scanner : demandez à un médiateur.</source>
        <translation>This computer has no scanner: ask a mediator.</translation>
    </message>
    <message>
        <source>Document PDF du site officiel</source>
        <translation>PDF document from the official website</translation>
    </message>
    <message>
        <source>Pages : %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <source>Choisi</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Send this document</translation>
    </message>
    <message>
        <source>« %1 » : envoyer ce document au site</source>
        <translation>« %1 »: send this document to the website</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Voir et modifier les pages de « %1 »</source>
        <translation>See and change the pages of « %1 »</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Changer le nom de « %1 »</source>
        <translation>Change the name of « %1 »</translation>
    </message>
    <message>
        <source>Avec le document d&apos;avant</source>
        <translation>With the document before</translation>
    </message>
    <message>
        <source>Mettre les pages de « %1 » à la suite de « %2 »</source>
        <translation>Put the pages of « %1 » after « %2 »</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer « %1 »</source>
        <translation>Delete « %1 »</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Turn</translation>
    </message>
    <message>
        <source>Tourner la %1</source>
        <translation>Turn %1</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Mettre la %1 avant</source>
        <translation>Move %1 before</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Mettre la %1 après</source>
        <translation>Move %1 after</translation>
    </message>
    <message>
        <source>Enlever</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Enlever la %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Les pages de « %1 »</source>
        <translation>The pages of « %1 »</translation>
    </message>
    <message>
        <source>Tournez une page à l&apos;endroit, changez l&apos;ordre, enlevez une page.</source>
        <translation>Turn a page the right way up, change the order, remove a page.</translation>
    </message>
    <message>
        <source>Quel est ce papier ?</source>
        <translation>What is this paper?</translation>
    </message>
    <message>
        <source>Choisissez son nom. Le site verra ce nom.</source>
        <translation>Choose its name. The website will see this name.</translation>
    </message>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Choose a document to send</translation>
    </message>
    <message>
        <source>Le site demande un fichier. Touchez « Envoyer ce document ». Seuls vos documents de cette visite sont proposés.</source>
        <translation>The website asks for a file. Touch « Send this document ». Only your documents from this visit are offered.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Vos papiers scannés restent ici pendant votre visite. Tout est effacé à la fin.</source>
        <translation>Your scanned papers stay here during your visit. Everything is erased at the end.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Scan a paper</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>Scan a paper with this computer&apos;s scanner</translation>
    </message>
    <message>
        <source>Envoyer les documents choisis</source>
        <translation>Send the chosen documents</translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fermer « Mes documents »</source>
        <translation>Close « My documents »</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF ou une image.</source>
        <translation>This website accepts a PDF or an image.</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF.</source>
        <translation>This website accepts a PDF.</translation>
    </message>
    <message>
        <source>Ce site accepte une image d&apos;une seule page.</source>
        <translation>This website accepts an image of one page only.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire.</source>
        <translation>This website asks for a type of file the kiosk cannot make.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire. Demandez à un médiateur.</source>
        <translation>This website asks for a type of file the kiosk cannot make. Ask a mediator.</translation>
    </message>
    <message>
        <source>Ce site demande une image d&apos;une seule page, et ce document a plusieurs pages. Demandez à un médiateur.</source>
        <translation>This website asks for an image of one page, and this document has several pages. Ask a mediator.</translation>
    </message>
    <message>
        <source>Ce document est trop lourd pour ce site, même réduit. Enlevez des pages, ou demandez à un médiateur.</source>
        <translation>This document is too big for this website, even made smaller. Remove some pages, or ask a mediator.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas pu préparer le fichier. Demandez à un médiateur.</source>
        <translation>The kiosk could not prepare the file. Ask a mediator.</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Reprendre « %1 »</source>
        <translation>Go back to « %1 »</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Avant de continuer « %1 », faisons d&apos;abord ceci. Vous y reviendrez ensuite.</source>
        <translation>Before you go on with « %1 », let us do this first. You will come back to it after.</translation>
    </message>
    <message>
        <source>Ce texte n&apos;est pas encore traduit : il est affiché en français.</source>
        <translation>This text is not translated yet. It is shown in French.</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Arrêter la lecture à voix haute</source>
        <translation>Stop reading aloud</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Écouter : lire cet écran à voix haute</source>
        <translation>Listen: read this screen aloud</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Changer de langue (maintenant : %1)</source>
        <translation>Change language (now: %1)</translation>
    </message>
    <message>
        <source>Pas à pas — %1</source>
        <translation>Pas à pas — %1</translation>
    </message>
    <message>
        <source>Mode accompagné</source>
        <translation>Assisted mode</translation>
    </message>
    <message>
        <source>Répéter</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Répéter : entendre encore ce qui est à l&apos;écran</source>
        <translation>Repeat: hear again what is on the screen</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>I need help</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>I need help: call a mediator</translation>
    </message>
    <message>
        <source>Un médiateur va venir</source>
        <translation>A mediator is coming</translation>
    </message>
    <message>
        <source>normale</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>grande</source>
        <translation>large</translation>
    </message>
    <message>
        <source>très grande</source>
        <translation>very large</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <source>Texte normal</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Taille du texte : %1. Toucher pour changer</source>
        <translation>Text size: %1. Touch to change</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Contraste normal</source>
        <translation>Normal contrast</translation>
    </message>
    <message>
        <source>Contraste élevé : activé. Toucher pour revenir aux couleurs normales</source>
        <translation>High contrast: on. Touch to go back to normal colours</translation>
    </message>
    <message>
        <source>Contraste élevé : désactivé. Toucher pour des couleurs plus contrastées</source>
        <translation>High contrast: off. Touch for colours with more contrast</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>AIDE DEMANDÉE — %1 — BUREAU NON PRÉVENU</source>
        <translation>HELP REQUESTED — %1 — DESK NOT NOTIFIED</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : le bureau des médiateurs n&apos;a pas reçu l&apos;appel</source>
        <translation>Help requested at %1: the mediators&apos; desk did not receive the call</translation>
    </message>
    <message>
        <source>AIDE DEMANDÉE — %1</source>
        <translation>HELP REQUESTED — %1</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : un médiateur va venir</source>
        <translation>Help requested at %1: a mediator is coming</translation>
    </message>
</context>
<context>
    <name>HelpComing</name>
    <message>
        <source>Votre appel n&apos;est pas arrivé au bureau des médiateurs</source>
        <translation>Your call did not reach the mediators&apos; desk</translation>
    </message>
    <message>
        <source>Levez la main ou allez à l&apos;accueil : un médiateur viendra vous aider. Vous pouvez continuer en attendant.</source>
        <translation>Raise your hand or go to the reception desk: a mediator will come and help you. You can carry on while you wait.</translation>
    </message>
    <message>
        <source>Un médiateur va venir vous aider</source>
        <translation>A mediator is coming to help you</translation>
    </message>
    <message>
        <source>Restez à votre place : %1. Vous pouvez continuer en attendant.</source>
        <translation>Stay where you are: %1. You can go on while you wait.</translation>
    </message>
    <message>
        <source>D&apos;accord</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pour quelle démarche venez-vous ?</source>
        <translation>What have you come to do?</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Sans réponse, tout ce que vous avez fait sera effacé dans %n seconde(s).</source>
        <translation>
            <numerusform>If you do not answer, everything you did will be erased in %n second.</numerusform>
            <numerusform>If you do not answer, everything you did will be erased in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Oui, je suis là</source>
        <translation>Yes, I am here</translation>
    </message>
    <message>
        <source>Oui, je suis là : continuer</source>
        <translation>Yes, I am here: continue</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Suivant : étape %1 sur %2</source>
        <translation>Next: step %1 of %2</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Retour à l&apos;écran d&apos;avant</source>
        <translation>Back to the screen before</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Recommencer ce guide depuis le début</source>
        <translation>Start this guide again from the beginning</translation>
    </message>
    <message>
        <source>Autre démarche</source>
        <translation>Other procedure</translation>
    </message>
    <message>
        <source>Choisir une autre démarche</source>
        <translation>Choose another procedure</translation>
    </message>
    <message>
        <source>Mon résumé</source>
        <translation>My summary</translation>
    </message>
    <message>
        <source>Mon résumé : voir ce qui est fait et ce qui reste, l&apos;imprimer ou le scanner</source>
        <translation>My summary: see what is done and what is left, print it or scan it</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>Finish and erase</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>%1 · contenu %2 du %3</source>
        <translation>%1 · content %2 of %3</translation>
    </message>
    <message>
        <source>Les chiffres ne sont pas enregistrés sur ce poste.</source>
        <translation>Figures are not recorded on this computer.</translation>
    </message>
    <message>
        <source>Sessions : %1 · guides commencés : %2 · terminés : %3 · aides demandées : %4 · impressions : %5 · QR montrés : %6 · effacements automatiques : %7</source>
        <translation>Sessions: %1 · guides started: %2 · finished: %3 · help requests: %4 · printouts: %5 · QR codes shown: %6 · automatic wipes: %7</translation>
    </message>
    <message>
        <source>Pages scannées : %1 · documents envoyés à un site : %2 · pages de sites imprimées : %3 · messageries ouvertes : %4</source>
        <translation>Pages scanned: %1 · documents sent to a website: %2 · website pages printed: %3 · e-mail services opened: %4</translation>
    </message>
    <message>
        <source>Pas d&apos;impression sur ce poste.</source>
        <translation>No printing on this computer.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est prête : %1</source>
        <translation>The printer is ready: %1</translation>
    </message>
    <message>
        <source>Impression de la page de test…</source>
        <translation>Printing the test page…</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas pu être écrit.</source>
        <translation>The export could not be written.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) écrite(s) dans %1</source>
        <translation>
            <numerusform>%n line written to %1</numerusform>
            <numerusform>%n lines written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <source>vérifiée le %1</source>
        <translation>checked on %1</translation>
    </message>
    <message>
        <source>copie du %1</source>
        <translation>copy of %1</translation>
    </message>
    <message>
        <source>copie non datée</source>
        <translation>undated copy</translation>
    </message>
    <message>
        <source>PLUS DE 12 MOIS</source>
        <translation>OVER 12 MONTHS</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) attend(ent) une vérification sur le site officiel</source>
        <translation>
            <numerusform>%n page awaits a check on the official site</numerusform>
            <numerusform>%n pages await a check on the official site</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n depuis plus de 12 mois.</source>
        <translation>
            <numerusform>, %n of them for more than 12 months.</numerusform>
            <numerusform>, %n of them for more than 12 months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) : la liste entière est dans « kiosk check ».</source>
        <translation>
            <numerusform>… and %n more: the whole list is in “kiosk check”.</numerusform>
            <numerusform>… and %n more: the whole list is in “kiosk check”.</numerusform>
        </translation>
    </message>
    <message>
        <source>AUCUNE VOIX : « Écouter » et le mode écoute sont muets</source>
        <translation>NO VOICE: “Listen” and listen mode are silent</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Mediator area</translation>
    </message>
    <message>
        <source>J&apos;ai vu la demande d&apos;aide</source>
        <translation>I have seen the help request</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>End the session</translation>
    </message>
    <message>
        <source>Terminer la session et tout effacer</source>
        <translation>End the session and erase everything</translation>
    </message>
    <message>
        <source>Mode accompagné : activé</source>
        <translation>Assisted mode: on</translation>
    </message>
    <message>
        <source>Mode accompagné : désactivé</source>
        <translation>Assisted mode: off</translation>
    </message>
    <message>
        <source>Toucher pour changer, sans terminer la session</source>
        <translation>Touch to change, without ending the session</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : activé</source>
        <translation>Listen mode for this visitor: on</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : désactivé</source>
        <translation>Listen mode for this visitor: off</translation>
    </message>
    <message>
        <source>Chaque écran est lu à voix haute. Toucher pour changer, sans terminer la session</source>
        <translation>Every screen is read aloud. Touch to change, without ending the session</translation>
    </message>
    <message>
        <source>Voix de lecture</source>
        <translation>Read-aloud voices</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Vérifier l&apos;imprimante</source>
        <translation>Check the printer</translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Chiffres du jour (anonymes)</source>
        <translation>Today&apos;s figures (anonymous)</translation>
    </message>
    <message>
        <source>Exporter les chiffres (CSV)</source>
        <translation>Export the figures (CSV)</translation>
    </message>
    <message>
        <source>Sources à vérifier sur le site officiel (les plus anciennes d&apos;abord)</source>
        <translation>Sources to check on the official site (oldest first)</translation>
    </message>
    <message>
        <source>Traductions des guides (une traduction non relue peut contenir des erreurs)</source>
        <translation>Guide translations (a translation not reviewed may contain mistakes)</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Taille du texte au début de chaque session :</source>
        <translation>Text size at the start of each session:</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Grande</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Très grande</source>
        <translation>Very large</translation>
    </message>
    <message>
        <source>Taille du texte par défaut : %1</source>
        <translation>Default text size: %1</translation>
    </message>
    <message>
        <source>Langues proposées :</source>
        <translation>Languages offered:</translation>
    </message>
    <message>
        <source>Proposer la langue %1</source>
        <translation>Offer the language %1</translation>
    </message>
    <message>
        <source>Revenir à la borne</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <source>Quitter le kiosque</source>
        <translation>Quit the kiosk</translation>
    </message>
    <message>
        <source>Quitter le kiosque et revenir au bureau</source>
        <translation>Quit the kiosk and go back to the desktop</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) complet(s) sur %1</source>
        <translation>
            <numerusform>%n complete guide out of %1</numerusform>
            <numerusform>%n complete guides out of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>relus par un traducteur : %1 · non relus : %2</source>
        <translation>reviewed by a translator: %1 · not reviewed: %2</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <source>Ce papier est : %1</source>
        <translation>This paper is: %1</translation>
    </message>
    <message>
        <source>Ou écrivez un autre nom</source>
        <translation>Or write another name</translation>
    </message>
    <message>
        <source>Écrire un autre nom pour ce papier</source>
        <translation>Write another name for this paper</translation>
    </message>
    <message>
        <source>Garder ce nom</source>
        <translation>Keep this name</translation>
    </message>
    <message>
        <source>Garder le nom écrit</source>
        <translation>Keep the name written</translation>
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
        <translation>Choose the month: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n semaine(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Une semaine de moins (maintenant : %1)</source>
        <translation>One week less (now: %1)</translation>
    </message>
    <message>
        <source>Une semaine de plus (maintenant : %1)</source>
        <translation>One week more (now: %1)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Code médiateur</source>
        <translation>Mediator code</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuler et revenir</source>
        <translation>Cancel and go back</translation>
    </message>
    <message>
        <source>%1 chiffres tapés</source>
        <translation>%1 digits typed</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Wrong code.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Too many tries. Try again in %n second.</numerusform>
            <numerusform>Too many tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez votre feuille à l&apos;imprimante.</source>
        <translation>It is printed. Take your sheet from the printer.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est prête sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>No printer is ready on this computer. Scan the code with your phone or ask a mediator.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>The printer is stopped. Scan the code with your phone or ask a mediator.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;accepte pas d&apos;impression pour le moment. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>The printer does not take printing for now. Scan the code with your phone or ask a mediator.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>The printer does not answer. Scan the code with your phone or ask a mediator.</translation>
    </message>
    <message>
        <source>L&apos;impression ne fonctionne pas sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Printing does not work on this computer. Scan the code with your phone or ask a mediator.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu partir. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>The printing could not be sent. Scan the code with your phone or ask a mediator.</translation>
    </message>
    <message>
        <source>Une impression est déjà en cours. Attendez un instant.</source>
        <translation>Something is already printing. Wait a moment.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Je ne sais pas</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Répondre : %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>la coche verte</source>
        <translation>the green tick</translation>
    </message>
    <message>
        <source>la croix rouge</source>
        <translation>the red cross</translation>
    </message>
    <message>
        <source>le point d&apos;interrogation bleu</source>
        <translation>the blue question mark</translation>
    </message>
    <message>
        <source>la flèche</source>
        <translation>the arrow</translation>
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
        <translation>The page could not be kept on the kiosk. Ask a mediator.</translation>
    </message>
    <message>
        <source>La page est dans « Mes documents » : « %1 », page %2.</source>
        <translation>The page is in « My documents »: « %1 », page %2.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Scan a paper</translation>
    </message>
    <message>
        <source>1. Ouvrez le capot du scanner. 2. Posez le papier, face écrite contre la vitre, dans le coin marqué. 3. Fermez le capot. 4. Touchez « Scanner ». Pour une carte à deux côtés : scannez un côté, puis l&apos;autre.</source>
        <translation>1. Open the scanner&apos;s lid. 2. Lay the paper, written side against the glass, in the marked corner. 3. Close the lid. 4. Touch « Scan ». For a card with two sides: scan one side, then the other.</translation>
    </message>
    <message>
        <source>Scan en cours…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>Ne bougez pas le papier. Cela prend quelques secondes.</source>
        <translation>Do not move the paper. It takes a few seconds.</translation>
    </message>
    <message>
        <source>Voici votre page</source>
        <translation>Here is your page</translation>
    </message>
    <message>
        <source>Tout se lit bien ? Alors dites ce qu&apos;est ce papier. Sinon, touchez « Recommencer le scan ».</source>
        <translation>Can you read everything? Then say what this paper is. If not, touch « Scan again ».</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché</source>
        <translation>The scan did not work</translation>
    </message>
    <message>
        <source>Vos documents déjà scannés sont toujours là.</source>
        <translation>Your documents already scanned are still there.</translation>
    </message>
    <message>
        <source>Aperçu de la page scannée</source>
        <translation>Preview of the scanned page</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scanner le papier posé sur la vitre</source>
        <translation>Scan the paper laid on the glass</translation>
    </message>
    <message>
        <source>En couleur : oui</source>
        <translation>In colour: yes</translation>
    </message>
    <message>
        <source>En couleur : non</source>
        <translation>In colour: no</translation>
    </message>
    <message>
        <source>Scanner en couleur, pour une carte ou une photo</source>
        <translation>Scan in colour, for a card or a photo</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Recommencer le scan</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Arrêter le scan</source>
        <translation>Stop the scan</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>I need help</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>I need help: call a mediator</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>See my documents</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fermer le scanner</source>
        <translation>Close the scanner</translation>
    </message>
    <message>
        <source>Page suivante de « %1 »</source>
        <translation>Next page of « %1 »</translation>
    </message>
    <message>
        <source>Ajouter cette page à la suite de « %1 »</source>
        <translation>Add this page after « %1 »</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Le scanner ne répond pas : il est peut-être éteint ou débranché. Demandez à un médiateur.</source>
        <translation>The scanner does not answer: it may be off or unplugged. Ask a mediator.</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>The scanner is busy. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Le papier est coincé dans le scanner. Demandez à un médiateur de l&apos;enlever.</source>
        <translation>The paper is stuck in the scanner. Ask a mediator to take it out.</translation>
    </message>
    <message>
        <source>Le scanner ne trouve pas de papier. Posez le papier, puis réessayez.</source>
        <translation>The scanner finds no paper. Lay the paper, then try again.</translation>
    </message>
    <message>
        <source>Le capot du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>The scanner&apos;s lid is open. Close it, then try again.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas abouti : le scanner ne répond plus. Demandez à un médiateur.</source>
        <translation>The scan did not finish: the scanner no longer answers. Ask a mediator.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à un médiateur.</source>
        <translation>The scan did not work. Try again, or ask a mediator.</translation>
    </message>
</context>
<context>
    <name>SiteSide</name>
    <message>
        <source>Document du site</source>
        <translation>Document from the website</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>SiteTabs</name>
    <message>
        <source>Site officiel</source>
        <translation>Official website</translation>
    </message>
    <message>
        <source>Ma messagerie : %1</source>
        <translation>My e-mail: %1</translation>
    </message>
    <message>
        <source>Fermer ma messagerie</source>
        <translation>Close my e-mail</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Source : %1 — %2</source>
        <translation>Source: %1 — %2</translation>
    </message>
    <message>
        <source>relu sur une copie de la page du %1</source>
        <translation>read on a copy of the page dated %1</translation>
    </message>
    <message>
        <source>relu sur une copie de la page de %1</source>
        <translation>read on a copy of the page from %1</translation>
    </message>
    <message>
        <source>relu sur une copie non datée de la page</source>
        <translation>read on an undated copy of the page</translation>
    </message>
    <message>
        <source>vérifié sur le site officiel le %1 par %2</source>
        <translation>checked on the official site on %1 by %2</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Ce que vous verrez à l&apos;écran</source>
        <translation>What you will see on the screen</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Watch out: %1</translation>
    </message>
    <message>
        <source>Ouvrir le site %1</source>
        <translation>Open the website %1</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Scan a paper</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>Scan a paper with this computer&apos;s scanner</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>My documents (%1)</translation>
    </message>
    <message>
        <source>Mes documents : voir et envoyer vos papiers scannés. Nombre de documents : %1</source>
        <translation>My documents: see and send your scanned papers. Number of documents: %1</translation>
    </message>
    <message>
        <source>Ma messagerie</source>
        <translation>My e-mail</translation>
    </message>
    <message>
        <source>Ma messagerie : ouvrir mes e-mails à côté, pour lire un code</source>
        <translation>My e-mail: open my e-mails beside, to read a code</translation>
    </message>
    <message>
        <source>Fermer le site</source>
        <translation>Close the website</translation>
    </message>
    <message>
        <source>Fermer le site officiel et garder le guide</source>
        <translation>Close the official website and keep the guide</translation>
    </message>
    <message>
        <source>Vous êtes sur la page de cette étape : %1.</source>
        <translation>You are on the page for this step: %1.</translation>
    </message>
    <message>
        <source>Un document a été téléchargé depuis le site officiel. Il sera effacé à la fin. Imprimez-le maintenant.</source>
        <translation>A document was downloaded from the official website. It will be erased at the end. Print it now.</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>À lire à l&apos;usager</source>
        <translation>To read to the visitor</translation>
    </message>
    <message>
        <source>À faire par le conseiller</source>
        <translation>For the adviser to do</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Résumé de votre démarche</source>
        <translation>Summary of your procedure</translation>
    </message>
    <message>
        <source>Démarche terminée</source>
        <translation>Procedure finished</translation>
    </message>
    <message>
        <source>Le guide s&apos;arrête ici : un professionnel peut vous aider</source>
        <translation>The guide stops here: a professional can help you</translation>
    </message>
    <message>
        <source>Arrêté à l&apos;étape %1 sur %2 : %3</source>
        <translation>Stopped at step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Arrêté avant la fin : %1</source>
        <translation>Stopped before the end: %1</translation>
    </message>
    <message>
        <source>Le %1 à %2</source>
        <translation>On %1 at %2</translation>
    </message>
    <message>
        <source>Vos réponses</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <source>Ce que vous avez fait</source>
        <translation>What you did</translation>
    </message>
    <message>
        <source>Vos documents</source>
        <translation>Your documents</translation>
    </message>
    <message>
        <source>Documents qui manquent encore</source>
        <translation>Documents still missing</translation>
    </message>
    <message>
        <source>Documents prêts</source>
        <translation>Documents ready</translation>
    </message>
    <message>
        <source>Documents joints sur un site officiel pendant la visite</source>
        <translation>Documents attached on an official website during the visit</translation>
    </message>
    <message>
        <source>À faire ensuite</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>tous les %1 mois</source>
        <translation>every %1 months</translation>
    </message>
    <message>
        <source>dans %1 jours</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>au plus tard le %1</source>
        <translation>by %1 at the latest</translation>
    </message>
    <message>
        <source>à partir du %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1 semaines</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <source>les %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Qui voir au pôle social</source>
        <translation>Who to see at the social centre</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Getting there</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Sites officiels</source>
        <translation>Official websites</translation>
    </message>
    <message>
        <source>Vous pourriez aussi…</source>
        <translation>You could also…</translation>
    </message>
    <message>
        <source>D&apos;où viennent ces informations</source>
        <translation>Where this information comes from</translation>
    </message>
    <message>
        <source>… suite sur la feuille imprimée</source>
        <translation>… more on the printed sheet</translation>
    </message>
    <message>
        <source>Pour le conseiller</source>
        <translation>For the adviser</translation>
    </message>
    <message>
        <source>Référence du résumé envoyé au pôle social : %1</source>
        <translation>Reference of the summary sent to the social centre: %1</translation>
    </message>
    <message>
        <source>Scannez avec votre téléphone</source>
        <translation>Scan with your phone</translation>
    </message>
    <message>
        <source>Contenu version %1 du %2</source>
        <translation>Content version %1, dated %2</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>je ne sais pas</source>
        <translation>I don&apos;t know</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Votre nom pour le conseiller (facultatif)</source>
        <translation>Your name for the adviser (optional)</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé sur la feuille, puis oublié.</source>
        <translation>It will only be printed on the sheet, then forgotten.</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé, puis oublié</source>
        <translation>It will only be printed, then forgotten</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social</source>
        <translation>I agree that this summary is sent to the social centre</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social pour préparer mon rendez-vous</source>
        <translation>I agree that this summary is sent to the social centre to prepare my appointment</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Envoyer le résumé au pôle social</source>
        <translation>Send the summary to the social centre</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Imprimer le résumé</source>
        <translation>Print the summary</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>Finish and erase</translation>
    </message>
    <message>
        <source>Terminer et effacer : tout ce que vous avez fait ici sera oublié</source>
        <translation>Finish and erase: everything you did here will be forgotten</translation>
    </message>
    <message>
        <source>Scannez ce code avec votre téléphone pour garder ce résumé</source>
        <translation>Scan this code with your phone to keep this summary</translation>
    </message>
    <message>
        <source>Code QR du résumé, à scanner avec votre téléphone</source>
        <translation>QR code of the summary, to scan with your phone</translation>
    </message>
    <message>
        <source>Rappel pour l&apos;agenda de votre téléphone : %1</source>
        <translation>Reminder for your phone&apos;s calendar: %1</translation>
    </message>
    <message>
        <source>Code QR du rappel pour votre agenda</source>
        <translation>QR code of the reminder for your calendar</translation>
    </message>
</context>
<context>
    <name>Takeaway</name>
    <message>
        <source>Le résumé n&apos;a pas pu être préparé pour l&apos;envoi. Imprimez-le ou scannez le code.</source>
        <translation>The summary could not be prepared for sending. Print it or scan the code.</translation>
    </message>
    <message>
        <source>Votre résumé est confié au pôle social. Référence : %1. Elle sera aussi sur la feuille imprimée.</source>
        <translation>Your summary is with the social centre. Reference: %1. It will also be on the printed sheet.</translation>
    </message>
</context>
<context>
    <name>WebPanel</name>
    <message>
        <source>Préparation de l&apos;impression…</source>
        <translation>Preparing the print…</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu être préparée pour l&apos;impression. Demandez à un médiateur.</source>
        <translation>This page could not be prepared for printing. Ask a mediator.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Recharger</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Pas de connexion internet pour le moment</source>
        <translation>No internet connection for now</translation>
    </message>
    <message>
        <source>Le site officiel ne répond pas : la borne n&apos;arrive pas à joindre internet.</source>
        <translation>The official website does not answer: the kiosk cannot reach the internet.</translation>
    </message>
    <message>
        <source>Le guide, à côté, continue de fonctionner : vous pouvez avancer, cocher vos documents et imprimer votre résumé.</source>
        <translation>The guide next to it still works: you can go on, tick your documents and print your summary.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer. Si cela dure, prévenez un médiateur.</source>
        <translation>Touch « %1 » to try again. If it goes on, tell a mediator.</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu s&apos;ouvrir</source>
        <translation>This page could not open</translation>
    </message>
    <message>
        <source>Le site officiel a rencontré un problème.</source>
        <translation>The official website had a problem.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer, ou « %2 » pour revenir en arrière.</source>
        <translation>Touch « %1 » to try again, or « %2 » to go back.</translation>
    </message>
    <message>
        <source>Ce service refuse la borne</source>
        <translation>This service refuses the kiosk</translation>
    </message>
    <message>
        <source>Ce site n&apos;accepte pas que l&apos;on se connecte depuis le navigateur de la borne. La borne n&apos;y peut rien.</source>
        <translation>This website does not accept logging in from the kiosk&apos;s browser. The kiosk can do nothing about it.</translation>
    </message>
    <message>
        <source>Ouvrez votre messagerie sur votre téléphone pour lire le code. Ou demandez à un médiateur.</source>
        <translation>Open your e-mail on your phone to read the code. Or ask a mediator.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir en arrière.</source>
        <translation>Touch « %1 » to go back.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la borne</source>
        <translation>This file cannot be kept on the kiosk</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF, pour les imprimer.</source>
        <translation>The kiosk only keeps PDF documents, to print them.</translation>
    </message>
    <message>
        <source>Demandez à un médiateur si vous avez besoin de ce fichier.</source>
        <translation>Ask a mediator if you need this file.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site.</source>
        <translation>Touch « %1 » to go back to the website.</translation>
    </message>
    <message>
        <source>Ce document n&apos;a pas pu être enregistré</source>
        <translation>This document could not be saved</translation>
    </message>
    <message>
        <source>La borne n&apos;a plus de place pour le garder. Prévenez un médiateur.</source>
        <translation>The kiosk has no room left to keep it. Tell a mediator.</translation>
    </message>
    <message>
        <source>Le téléchargement s&apos;est arrêté avant la fin. Réessayez ; si cela recommence, prévenez un médiateur.</source>
        <translation>The download stopped before the end. Try again; if it happens again, tell a mediator.</translation>
    </message>
    <message>
        <source>Ce site ne s&apos;ouvre pas sur la borne</source>
        <translation>This website does not open on the kiosk</translation>
    </message>
    <message>
        <source>La borne ouvre seulement les sites officiels utiles à vos démarches. « %1 » n&apos;en fait pas partie.</source>
        <translation>The kiosk only opens official websites that help with your procedures. « %1 » is not one of them.</translation>
    </message>
    <message>
        <source>Vous pouvez l&apos;ouvrir sur votre téléphone : scannez ce code avec l&apos;appareil photo.</source>
        <translation>You can open it on your phone: scan this code with the camera.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site officiel.</source>
        <translation>Touch « %1 » to go back to the official website.</translation>
    </message>
    <message>
        <source>Adresse à ouvrir sur votre téléphone</source>
        <translation>Address to open on your phone</translation>
    </message>
    <message>
        <source>Attention : cette adresse imite un site officiel</source>
        <translation>Watch out: this address copies an official website</translation>
    </message>
    <message>
        <source>Elle ressemble au nom d&apos;un site officiel, mais ce n&apos;en est pas un. Par prudence, la borne ne l&apos;ouvre pas et ne la propose pas pour votre téléphone.</source>
        <translation>It looks like the name of an official website, but it is not one. To keep you safe, the kiosk does not open it and does not offer it for your phone.</translation>
    </message>
    <message>
        <source>En cas de doute, demandez à un médiateur.</source>
        <translation>If you are not sure, ask a mediator.</translation>
    </message>
    <message>
        <source>Ce lien ne s&apos;ouvre pas sur la borne</source>
        <translation>This link does not open on the kiosk</translation>
    </message>
    <message>
        <source>Il ne mène pas à une page d&apos;un site officiel.</source>
        <translation>It does not lead to a page of an official website.</translation>
    </message>
    <message>
        <source>Site : %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Page de départ de l&apos;étape</source>
        <translation>Start page of this step</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>Print this page</translation>
    </message>
</context>
<context>
    <name>WebmailChoice</name>
    <message>
        <source>Quelle est votre messagerie ?</source>
        <translation>Which is your e-mail service?</translation>
    </message>
    <message>
        <source>Votre messagerie s&apos;ouvre dans un onglet à côté du site officiel. Ce n&apos;est pas un site officiel. Le site officiel reste ouvert, comme vous l&apos;avez laissé.</source>
        <translation>Your e-mail opens in a tab beside the official website. It is not an official website. The official website stays open, as you left it.</translation>
    </message>
    <message>
        <source>Votre messagerie n&apos;est pas dans la liste ? Lisez le code sur votre téléphone, ou demandez à un médiateur.</source>
        <translation>Your e-mail service is not in the list? Read the code on your phone, or ask a mediator.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ouvrir ma messagerie %1</source>
        <translation>Open my e-mail %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Écoute : activée</source>
        <translation>Listening: on</translation>
    </message>
    <message>
        <source>Écoute</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Mode écoute : activé. Touchez une langue : elle dit son nom ; touchez-la encore pour commencer</source>
        <translation>Listen mode: on. Touch a language: it says its name; touch it again to start</translation>
    </message>
    <message>
        <source>Mode écoute : chaque écran est lu à voix haute</source>
        <translation>Listen mode: every screen is read aloud</translation>
    </message>
    <message>
        <source>Touchez l&apos;écran pour commencer</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>Commencer en français</source>
        <translation>Start in French</translation>
    </message>
    <message>
        <source>Choisissez votre langue :</source>
        <translation>Choose your language:</translation>
    </message>
</context>
</TS>
