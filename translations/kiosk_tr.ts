<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Touchez chaque papier que vous avez avec vous.</source>
        <translation>Yanınızda olan her belgeye dokunun.</translation>
    </message>
    <message>
        <source>Je l&apos;ai</source>
        <translation>Bende var</translation>
    </message>
    <message>
        <source>✔ Je l&apos;ai</source>
        <translation>✔ Bende var</translation>
    </message>
    <message>
        <source>Je ne l&apos;ai pas encore</source>
        <translation>Henüz bende yok</translation>
    </message>
</context>
<context>
    <name>ConfirmWipe</name>
    <message>
        <source>Terminer et tout effacer ?</source>
        <translation>Bitirip her şeyi silmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Vos réponses et ce que vous avez ouvert seront effacés. Pensez à imprimer ou à photographier votre résumé avant.</source>
        <translation>Cevaplarınız ve açtığınız her şey silinecek. Önce özetinizi yazdırmayı veya fotoğrafını çekmeyi unutmayın.</translation>
    </message>
    <message>
        <source>Oui, tout effacer</source>
        <translation>Evet, her şeyi sil</translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation>Hayır, devam et</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>Kimlik belgesi</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Oturma izni</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <translation>İkamet belgesi</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <translation>Maaş bordrosu</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>Banka bilgileri (RIB)</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <translation>Vergi bildirimi</translation>
    </message>
    <message>
        <source>Autre papier</source>
        <translation>Başka bir belge</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant.</source>
        <translation>Henüz belge yok.</translation>
    </message>
    <message>
        <source>Touchez « Scanner un papier » pour en ajouter un.</source>
        <translation>Eklemek için « Belge tara » düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de scanner : demandez à un médiateur.</source>
        <translation>Bu bilgisayarda tarayıcı yok: bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>Document PDF du site officiel</source>
        <translation>Resmî siteden PDF belge</translation>
    </message>
    <message>
        <source>Pages : %1</source>
        <translation>Sayfa: %1</translation>
    </message>
    <message>
        <source>Choisi</source>
        <translation>Seçildi</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Bu belgeyi gönder</translation>
    </message>
    <message>
        <source>« %1 » : envoyer ce document au site</source>
        <translation>« %1 »: bu belgeyi siteye gönder</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Voir et modifier les pages de « %1 »</source>
        <translation>« %1 » sayfalarını gör ve değiştir</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Changer le nom de « %1 »</source>
        <translation>« %1 » adını değiştir</translation>
    </message>
    <message>
        <source>Avec le document d&apos;avant</source>
        <translation>Önceki belgeyle birlikte</translation>
    </message>
    <message>
        <source>Mettre les pages de « %1 » à la suite de « %2 »</source>
        <translation>« %1 » sayfalarını « %2 » belgesinin arkasına koy</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Supprimer « %1 »</source>
        <translation>« %1 » belgesini sil</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Döndür</translation>
    </message>
    <message>
        <source>Tourner la %1</source>
        <translation>%1 döndür</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>Öne</translation>
    </message>
    <message>
        <source>Mettre la %1 avant</source>
        <translation>%1 öne al</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>Arkaya</translation>
    </message>
    <message>
        <source>Mettre la %1 après</source>
        <translation>%1 arkaya al</translation>
    </message>
    <message>
        <source>Enlever</source>
        <translation>Çıkar</translation>
    </message>
    <message>
        <source>Enlever la %1</source>
        <translation>%1 çıkar</translation>
    </message>
    <message>
        <source>Les pages de « %1 »</source>
        <translation>« %1 » sayfaları</translation>
    </message>
    <message>
        <source>Tournez une page à l&apos;endroit, changez l&apos;ordre, enlevez une page.</source>
        <translation>Bir sayfayı düz çevirin, sırayı değiştirin, bir sayfayı çıkarın.</translation>
    </message>
    <message>
        <source>Quel est ce papier ?</source>
        <translation>Bu belge nedir?</translation>
    </message>
    <message>
        <source>Choisissez son nom. Le site verra ce nom.</source>
        <translation>Adını seçin. Site bu adı görecek.</translation>
    </message>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Gönderilecek belgeyi seçin</translation>
    </message>
    <message>
        <source>Le site demande un fichier. Touchez « Envoyer ce document ». Seuls vos documents de cette visite sont proposés.</source>
        <translation>Site bir dosya istiyor. « Bu belgeyi gönder » düğmesine dokunun. Yalnızca bu ziyaretteki belgeleriniz gösterilir.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Belgelerim</translation>
    </message>
    <message>
        <source>Vos papiers scannés restent ici pendant votre visite. Tout est effacé à la fin.</source>
        <translation>Taranan belgeleriniz ziyaretiniz boyunca burada kalır. Sonunda her şey silinir.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>Bu bilgisayarın tarayıcısıyla belge tara</translation>
    </message>
    <message>
        <source>Envoyer les documents choisis</source>
        <translation>Seçilen belgeleri gönder</translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation>Listeye dön</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Fermer « Mes documents »</source>
        <translation>« Belgelerim » kapat</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF ou une image.</source>
        <translation>Bu site PDF veya resim kabul ediyor.</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF.</source>
        <translation>Bu site PDF kabul ediyor.</translation>
    </message>
    <message>
        <source>Ce site accepte une image d&apos;une seule page.</source>
        <translation>Bu site yalnızca tek sayfalık bir resim kabul ediyor.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire.</source>
        <translation>Bu site, bilgisayarın oluşturamadığı bir dosya türü istiyor.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire. Demandez à un médiateur.</source>
        <translation>Bu site, bilgisayarın oluşturamadığı bir dosya türü istiyor. Bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>Ce site demande une image d&apos;une seule page, et ce document a plusieurs pages. Demandez à un médiateur.</source>
        <translation>Bu site tek sayfalık bir resim istiyor, bu belgede birkaç sayfa var. Bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>Ce document est trop lourd pour ce site, même réduit. Enlevez des pages, ou demandez à un médiateur.</source>
        <translation>Bu belge, küçültülse bile bu site için çok büyük. Sayfa çıkarın veya bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas pu préparer le fichier. Demandez à un médiateur.</source>
        <translation>Bilgisayar dosyayı hazırlayamadı. Bir arabulucuya sorun.</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Reprendre « %1 »</source>
        <translation>« %1 » ile devam et</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Avant de continuer « %1 », faisons d&apos;abord ceci. Vous y reviendrez ensuite.</source>
        <translation>« %1 » ile devam etmeden önce bunu yapalım. Sonra kaldığınız yere döneceksiniz.</translation>
    </message>
    <message>
        <source>Ce texte n&apos;est pas encore traduit : il est affiché en français.</source>
        <translation>Bu metin henüz çevrilmedi: Fransızca gösteriliyor.</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Arrêter la lecture à voix haute</source>
        <translation>Sesli okumayı durdur</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Écouter : lire cet écran à voix haute</source>
        <translation>Dinle: bu ekranı sesli oku</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Changer de langue (maintenant : %1)</source>
        <translation>Dili değiştir (şu anki dil: %1)</translation>
    </message>
    <message>
        <source>Pas à pas — %1</source>
        <translation>Pas à pas — %1</translation>
    </message>
    <message>
        <source>Mode accompagné</source>
        <translation>Yardımlı mod</translation>
    </message>
    <message>
        <source>Répéter</source>
        <translation>Tekrarla</translation>
    </message>
    <message>
        <source>Répéter : entendre encore ce qui est à l&apos;écran</source>
        <translation>Tekrarla: ekrandakileri yeniden dinleyin</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Yardıma ihtiyacım var</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Yardıma ihtiyacım var: bir yardımcı görevli çağır</translation>
    </message>
    <message>
        <source>Un médiateur va venir</source>
        <translation>Bir yardımcı görevli geliyor</translation>
    </message>
    <message>
        <source>normale</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>grande</source>
        <translation>büyük</translation>
    </message>
    <message>
        <source>très grande</source>
        <translation>çok büyük</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <source>Texte normal</source>
        <translation>Normal yazı</translation>
    </message>
    <message>
        <source>Taille du texte : %1. Toucher pour changer</source>
        <translation>Yazı boyutu: %1. Değiştirmek için dokunun</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Contraste normal</source>
        <translation>Normal kontrast</translation>
    </message>
    <message>
        <source>Contraste élevé : activé. Toucher pour revenir aux couleurs normales</source>
        <translation>Yüksek kontrast: açık. Normal renklere dönmek için dokunun</translation>
    </message>
    <message>
        <source>Contraste élevé : désactivé. Toucher pour des couleurs plus contrastées</source>
        <translation>Yüksek kontrast: kapalı. Daha belirgin renkler için dokunun</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>AIDE DEMANDÉE — %1 — BUREAU NON PRÉVENU</source>
        <translation>YARDIM İSTENDİ — %1 — MASAYA HABER GİTMEDİ</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : le bureau des médiateurs n&apos;a pas reçu l&apos;appel</source>
        <translation>%1 için yardım istendi: yardımcı görevliler masası çağrıyı almadı</translation>
    </message>
    <message>
        <source>AIDE DEMANDÉE — %1</source>
        <translation>YARDIM İSTENDİ — %1</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : un médiateur va venir</source>
        <translation>%1 için yardım istendi: bir yardımcı görevli geliyor</translation>
    </message>
</context>
<context>
    <name>HelpComing</name>
    <message>
        <source>Votre appel n&apos;est pas arrivé au bureau des médiateurs</source>
        <translation>Çağrınız yardımcı görevliler masasına ulaşmadı</translation>
    </message>
    <message>
        <source>Levez la main ou allez à l&apos;accueil : un médiateur viendra vous aider. Vous pouvez continuer en attendant.</source>
        <translation>Elinizi kaldırın ya da danışmaya gidin: bir yardımcı görevli size yardım etmeye gelecek. Beklerken devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>Un médiateur va venir vous aider</source>
        <translation>Bir yardımcı görevli size yardım etmeye geliyor</translation>
    </message>
    <message>
        <source>Restez à votre place : %1. Vous pouvez continuer en attendant.</source>
        <translation>Yerinizden ayrılmayın: %1. Beklerken devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>D&apos;accord</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pour quelle démarche venez-vous ?</source>
        <translation>Hangi işlem için geldiniz?</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Sans réponse, tout ce que vous avez fait sera effacé dans %n seconde(s).</source>
        <translation>
            <numerusform>Cevap vermezseniz, yaptığınız her şey %n saniye içinde silinecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Hâlâ burada mısınız?</translation>
    </message>
    <message>
        <source>Oui, je suis là</source>
        <translation>Evet, buradayım</translation>
    </message>
    <message>
        <source>Oui, je suis là : continuer</source>
        <translation>Evet, buradayım: devam et</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Suivant : étape %1 sur %2</source>
        <translation>İleri: adım %1 / %2</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Retour à l&apos;écran d&apos;avant</source>
        <translation>Önceki ekrana dön</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <source>Recommencer ce guide depuis le début</source>
        <translation>Bu rehbere baştan başla</translation>
    </message>
    <message>
        <source>Autre démarche</source>
        <translation>Başka işlem</translation>
    </message>
    <message>
        <source>Choisir une autre démarche</source>
        <translation>Başka bir işlem seç</translation>
    </message>
    <message>
        <source>Mon résumé</source>
        <translation>Özetim</translation>
    </message>
    <message>
        <source>Mon résumé : voir ce qui est fait et ce qui reste, l&apos;imprimer ou le scanner</source>
        <translation>Özetim: yapılanları ve kalanları gör, yazdır veya telefonla okut</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>Bitir ve sil</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>%1 · contenu %2 du %3</source>
        <translation>%1 · içerik %2, %3 tarihli</translation>
    </message>
    <message>
        <source>Les chiffres ne sont pas enregistrés sur ce poste.</source>
        <translation>Bu bilgisayarda istatistik kaydedilmiyor.</translation>
    </message>
    <message>
        <source>Sessions : %1 · guides commencés : %2 · terminés : %3 · aides demandées : %4 · impressions : %5 · QR montrés : %6 · effacements automatiques : %7</source>
        <translation>Oturumlar: %1 · başlanan rehberler: %2 · bitenler: %3 · yardım istekleri: %4 · yazdırmalar: %5 · gösterilen QR: %6 · otomatik silmeler: %7</translation>
    </message>
    <message>
        <source>Pages scannées : %1 · documents envoyés à un site : %2 · pages de sites imprimées : %3 · messageries ouvertes : %4</source>
        <translation>Taranan sayfalar: %1 · siteye gönderilen belgeler: %2 · yazdırılan site sayfaları: %3 · açılan e-postalar: %4</translation>
    </message>
    <message>
        <source>Pas d&apos;impression sur ce poste.</source>
        <translation>Bu bilgisayarda yazdırma yok.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est prête : %1</source>
        <translation>Yazıcı hazır: %1</translation>
    </message>
    <message>
        <source>Impression de la page de test…</source>
        <translation>Test sayfası yazdırılıyor…</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas pu être écrit.</source>
        <translation>Dışa aktarma dosyası yazılamadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) écrite(s) dans %1</source>
        <translation>
            <numerusform>%1 dosyasına %n satır yazıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <source>vérifiée le %1</source>
        <translation>%1 tarihinde kontrol edildi</translation>
    </message>
    <message>
        <source>copie du %1</source>
        <translation>%1 tarihli kopya</translation>
    </message>
    <message>
        <source>copie non datée</source>
        <translation>tarihsiz kopya</translation>
    </message>
    <message>
        <source>PLUS DE 12 MOIS</source>
        <translation>12 AYDAN FAZLA</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) attend(ent) une vérification sur le site officiel</source>
        <translation>
            <numerusform>%n sayfa resmî sitede kontrol bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n depuis plus de 12 mois.</source>
        <translation>
            <numerusform>; bunların %n tanesi 12 aydan uzun süredir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) : la liste entière est dans « kiosk check ».</source>
        <translation>
            <numerusform>… ve %n tane daha: listenin tamamı « kiosk check » içinde.</numerusform>
        </translation>
    </message>
    <message>
        <source>AUCUNE VOIX : « Écouter » et le mode écoute sont muets</source>
        <translation>SES YOK: « Dinle » ve dinleme modu sessiz</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Yardımcı görevli alanı</translation>
    </message>
    <message>
        <source>J&apos;ai vu la demande d&apos;aide</source>
        <translation>Yardım isteğini gördüm</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Oturumu bitir</translation>
    </message>
    <message>
        <source>Terminer la session et tout effacer</source>
        <translation>Oturumu bitir ve her şeyi sil</translation>
    </message>
    <message>
        <source>Mode accompagné : activé</source>
        <translation>Yardımlı mod: açık</translation>
    </message>
    <message>
        <source>Mode accompagné : désactivé</source>
        <translation>Yardımlı mod: kapalı</translation>
    </message>
    <message>
        <source>Toucher pour changer, sans terminer la session</source>
        <translation>Değiştirmek için dokunun; oturum bitmez</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : activé</source>
        <translation>Bu ziyaretçi için dinleme modu: açık</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : désactivé</source>
        <translation>Bu ziyaretçi için dinleme modu: kapalı</translation>
    </message>
    <message>
        <source>Chaque écran est lu à voix haute. Toucher pour changer, sans terminer la session</source>
        <translation>Her ekran sesli okunur. Oturumu bitirmeden değiştirmek için dokunun</translation>
    </message>
    <message>
        <source>Voix de lecture</source>
        <translation>Okuma sesleri</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <source>Vérifier l&apos;imprimante</source>
        <translation>Yazıcıyı kontrol et</translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation>Test sayfası yazdır</translation>
    </message>
    <message>
        <source>Chiffres du jour (anonymes)</source>
        <translation>Günün istatistikleri (anonim)</translation>
    </message>
    <message>
        <source>Exporter les chiffres (CSV)</source>
        <translation>İstatistikleri dışa aktar (CSV)</translation>
    </message>
    <message>
        <source>Sources à vérifier sur le site officiel (les plus anciennes d&apos;abord)</source>
        <translation>Resmî sitede kontrol edilecek kaynaklar (en eskiler önce)</translation>
    </message>
    <message>
        <source>Traductions des guides (une traduction non relue peut contenir des erreurs)</source>
        <translation>Rehber çevirileri (gözden geçirilmemiş bir çeviri hata içerebilir)</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>Bu bilgisayar</translation>
    </message>
    <message>
        <source>Taille du texte au début de chaque session :</source>
        <translation>Her oturumun başında yazı boyutu:</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Grande</source>
        <translation>Büyük</translation>
    </message>
    <message>
        <source>Très grande</source>
        <translation>Çok büyük</translation>
    </message>
    <message>
        <source>Taille du texte par défaut : %1</source>
        <translation>Varsayılan yazı boyutu: %1</translation>
    </message>
    <message>
        <source>Langues proposées :</source>
        <translation>Sunulan diller:</translation>
    </message>
    <message>
        <source>Proposer la langue %1</source>
        <translation>%1 dilini sun</translation>
    </message>
    <message>
        <source>Revenir à la borne</source>
        <translation>Kiosk ekranına dön</translation>
    </message>
    <message>
        <source>Quitter le kiosque</source>
        <translation>Kiosktan çık</translation>
    </message>
    <message>
        <source>Quitter le kiosque et revenir au bureau</source>
        <translation>Kiosktan çık ve masaüstüne dön</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) complet(s) sur %1</source>
        <translation>
            <numerusform>%1 rehberden %n tanesi tam</numerusform>
        </translation>
    </message>
    <message>
        <source>relus par un traducteur : %1 · non relus : %2</source>
        <translation>çevirmen tarafından gözden geçirilen: %1 · gözden geçirilmeyen: %2</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <source>Ce papier est : %1</source>
        <translation>Bu belge: %1</translation>
    </message>
    <message>
        <source>Ou écrivez un autre nom</source>
        <translation>Ya da başka bir ad yazın</translation>
    </message>
    <message>
        <source>Écrire un autre nom pour ce papier</source>
        <translation>Bu belge için başka bir ad yaz</translation>
    </message>
    <message>
        <source>Garder ce nom</source>
        <translation>Bu adı kullan</translation>
    </message>
    <message>
        <source>Garder le nom écrit</source>
        <translation>Yazılan adı kullan</translation>
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
        <translation>Ayı seç: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n semaine(s)</source>
        <translation>
            <numerusform>%n hafta</numerusform>
        </translation>
    </message>
    <message>
        <source>Une semaine de moins (maintenant : %1)</source>
        <translation>Bir hafta az (şimdi: %1)</translation>
    </message>
    <message>
        <source>Une semaine de plus (maintenant : %1)</source>
        <translation>Bir hafta fazla (şimdi: %1)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Code médiateur</source>
        <translation>Yardımcı görevli kodu</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Son rakamı sil</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Kodu onayla</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Annuler et revenir</source>
        <translation>İptal et ve geri dön</translation>
    </message>
    <message>
        <source>%1 chiffres tapés</source>
        <translation>%1 rakam girildi</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Kod yanlış.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Çok fazla deneme yapıldı. %n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Impression en cours…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez votre feuille à l&apos;imprimante.</source>
        <translation>Yazdırıldı. Kâğıdınızı yazıcıdan alın.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est prête sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Bu bilgisayarda hazır bir yazıcı yok. Kodu telefonunuzla okutun veya bir yardımcı görevliye sorun.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Yazıcı şu an kapalı. Kodu telefonunuzla okutun veya bir yardımcı görevliye sorun.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;accepte pas d&apos;impression pour le moment. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Yazıcı şu an yazdırma kabul etmiyor. Kodu telefonunuzla okutun veya bir yardımcı görevliye sorun.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Yazıcı yanıt vermiyor. Kodu telefonunuzla okutun veya bir yardımcı görevliye sorun.</translation>
    </message>
    <message>
        <source>L&apos;impression ne fonctionne pas sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Bu bilgisayarda yazdırma çalışmıyor. Kodu telefonunuzla okutun veya bir yardımcı görevliye sorun.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu partir. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>Yazdırma gönderilemedi. Kodu telefonunuzla okutun veya bir yardımcı görevliye sorun.</translation>
    </message>
    <message>
        <source>Une impression est déjà en cours. Attendez un instant.</source>
        <translation>Şu an zaten bir yazdırma yapılıyor. Biraz bekleyin.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Oui</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Je ne sais pas</source>
        <translation>Bilmiyorum</translation>
    </message>
    <message>
        <source>Répondre : %1</source>
        <translation>Cevap ver: %1</translation>
    </message>
    <message>
        <source>la coche verte</source>
        <translation>yeşil onay işareti</translation>
    </message>
    <message>
        <source>la croix rouge</source>
        <translation>kırmızı çarpı</translation>
    </message>
    <message>
        <source>le point d&apos;interrogation bleu</source>
        <translation>mavi soru işareti</translation>
    </message>
    <message>
        <source>la flèche</source>
        <translation>ok</translation>
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
        <translation>Sayfa bilgisayarda saklanamadı. Bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>La page est dans « Mes documents » : « %1 », page %2.</source>
        <translation>Sayfa « Belgelerim » içinde: « %1 », sayfa %2.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>1. Ouvrez le capot du scanner. 2. Posez le papier, face écrite contre la vitre, dans le coin marqué. 3. Fermez le capot. 4. Touchez « Scanner ». Pour une carte à deux côtés : scannez un côté, puis l&apos;autre.</source>
        <translation>1. Tarayıcının kapağını açın. 2. Belgeyi yazılı yüzü cama gelecek şekilde işaretli köşeye koyun. 3. Kapağı kapatın. 4. « Tara » düğmesine dokunun. İki yüzlü bir kart için: önce bir yüzü, sonra diğerini tarayın.</translation>
    </message>
    <message>
        <source>Scan en cours…</source>
        <translation>Taranıyor…</translation>
    </message>
    <message>
        <source>Ne bougez pas le papier. Cela prend quelques secondes.</source>
        <translation>Belgeyi oynatmayın. Birkaç saniye sürer.</translation>
    </message>
    <message>
        <source>Voici votre page</source>
        <translation>İşte sayfanız</translation>
    </message>
    <message>
        <source>Tout se lit bien ? Alors dites ce qu&apos;est ce papier. Sinon, touchez « Recommencer le scan ».</source>
        <translation>Her şey okunuyor mu? O zaman bu belgenin ne olduğunu söyleyin. Okunmuyorsa « Yeniden tara » düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché</source>
        <translation>Tarama çalışmadı</translation>
    </message>
    <message>
        <source>Vos documents déjà scannés sont toujours là.</source>
        <translation>Daha önce taranan belgeleriniz hâlâ burada.</translation>
    </message>
    <message>
        <source>Aperçu de la page scannée</source>
        <translation>Taranan sayfanın önizlemesi</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Tara</translation>
    </message>
    <message>
        <source>Scanner le papier posé sur la vitre</source>
        <translation>Camın üzerindeki belgeyi tara</translation>
    </message>
    <message>
        <source>En couleur : oui</source>
        <translation>Renkli: evet</translation>
    </message>
    <message>
        <source>En couleur : non</source>
        <translation>Renkli: hayır</translation>
    </message>
    <message>
        <source>Scanner en couleur, pour une carte ou une photo</source>
        <translation>Kart veya fotoğraf için renkli tara</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>non</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Recommencer le scan</source>
        <translation>Yeniden tara</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Arrêter le scan</source>
        <translation>Taramayı durdur</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Yardıma ihtiyacım var</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Yardıma ihtiyacım var: bir arabulucu çağır</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Belgelerimi gör</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Fermer le scanner</source>
        <translation>Tarayıcıyı kapat</translation>
    </message>
    <message>
        <source>Page suivante de « %1 »</source>
        <translation>« %1 » sonraki sayfa</translation>
    </message>
    <message>
        <source>Ajouter cette page à la suite de « %1 »</source>
        <translation>Bu sayfayı « %1 » belgesinin arkasına ekle</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Le scanner ne répond pas : il est peut-être éteint ou débranché. Demandez à un médiateur.</source>
        <translation>Tarayıcı yanıt vermiyor: kapalı veya fişi çekilmiş olabilir. Bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>Tarayıcı meşgul. Biraz bekleyin, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Le papier est coincé dans le scanner. Demandez à un médiateur de l&apos;enlever.</source>
        <translation>Belge tarayıcıda sıkıştı. Bir arabulucudan çıkarmasını isteyin.</translation>
    </message>
    <message>
        <source>Le scanner ne trouve pas de papier. Posez le papier, puis réessayez.</source>
        <translation>Tarayıcı belge bulamıyor. Belgeyi koyun, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Le capot du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>Tarayıcının kapağı açık. Kapatın, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas abouti : le scanner ne répond plus. Demandez à un médiateur.</source>
        <translation>Tarama tamamlanmadı: tarayıcı artık yanıt vermiyor. Bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à un médiateur.</source>
        <translation>Tarama çalışmadı. Yeniden deneyin veya bir arabulucuya sorun.</translation>
    </message>
</context>
<context>
    <name>SiteSide</name>
    <message>
        <source>Document du site</source>
        <translation>Siteden belge</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
</context>
<context>
    <name>SiteTabs</name>
    <message>
        <source>Site officiel</source>
        <translation>Resmî site</translation>
    </message>
    <message>
        <source>Ma messagerie : %1</source>
        <translation>E-postam: %1</translation>
    </message>
    <message>
        <source>Fermer ma messagerie</source>
        <translation>E-postamı kapat</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Source : %1 — %2</source>
        <translation>Kaynak: %1 — %2</translation>
    </message>
    <message>
        <source>relu sur une copie de la page du %1</source>
        <translation>sayfanın %1 tarihli bir kopyasından okundu</translation>
    </message>
    <message>
        <source>relu sur une copie de la page de %1</source>
        <translation>sayfanın %1 dönemine ait bir kopyasından okundu</translation>
    </message>
    <message>
        <source>relu sur une copie non datée de la page</source>
        <translation>sayfanın tarihsiz bir kopyasından okundu</translation>
    </message>
    <message>
        <source>vérifié sur le site officiel le %1 par %2</source>
        <translation>%1 tarihinde resmî sitede %2 tarafından kontrol edildi</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
    <message>
        <source>Ce que vous verrez à l&apos;écran</source>
        <translation>Ekranda görecekleriniz</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Dikkat: %1</translation>
    </message>
    <message>
        <source>Ouvrir le site %1</source>
        <translation>%1 sitesini aç</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>Bu bilgisayarın tarayıcısıyla belge tara</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Belgelerim (%1)</translation>
    </message>
    <message>
        <source>Mes documents : voir et envoyer vos papiers scannés. Nombre de documents : %1</source>
        <translation>Belgelerim: taranan belgelerinizi görün ve gönderin. Belge sayısı: %1</translation>
    </message>
    <message>
        <source>Ma messagerie</source>
        <translation>E-postam</translation>
    </message>
    <message>
        <source>Ma messagerie : ouvrir mes e-mails à côté, pour lire un code</source>
        <translation>E-postam: bir kodu okumak için e-postalarımı yanda aç</translation>
    </message>
    <message>
        <source>Fermer le site</source>
        <translation>Siteyi kapat</translation>
    </message>
    <message>
        <source>Fermer le site officiel et garder le guide</source>
        <translation>Resmî siteyi kapat ve rehberde kal</translation>
    </message>
    <message>
        <source>Vous êtes sur la page de cette étape : %1.</source>
        <translation>Bu adımın sayfasındasınız: %1.</translation>
    </message>
    <message>
        <source>Un document a été téléchargé depuis le site officiel. Il sera effacé à la fin. Imprimez-le maintenant.</source>
        <translation>Resmî siteden bir belge indirildi. Sonunda silinecek. Şimdi yazdırın.</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Belgeyi yazdır</translation>
    </message>
    <message>
        <source>À lire à l&apos;usager</source>
        <translation>Kişiye okunacak</translation>
    </message>
    <message>
        <source>À faire par le conseiller</source>
        <translation>Danışmanın yapacakları</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Résumé de votre démarche</source>
        <translation>İşleminizin özeti</translation>
    </message>
    <message>
        <source>Démarche terminée</source>
        <translation>İşlem tamamlandı</translation>
    </message>
    <message>
        <source>Le guide s&apos;arrête ici : un professionnel peut vous aider</source>
        <translation>Rehber burada bitiyor: bir uzman size yardım edebilir</translation>
    </message>
    <message>
        <source>Arrêté à l&apos;étape %1 sur %2 : %3</source>
        <translation>Durduğunuz yer: adım %1 / %2 — %3</translation>
    </message>
    <message>
        <source>Arrêté avant la fin : %1</source>
        <translation>Sona gelmeden durdunuz: %1</translation>
    </message>
    <message>
        <source>Le %1 à %2</source>
        <translation>%1, saat %2</translation>
    </message>
    <message>
        <source>Vos réponses</source>
        <translation>Cevaplarınız</translation>
    </message>
    <message>
        <source>Ce que vous avez fait</source>
        <translation>Yaptıklarınız</translation>
    </message>
    <message>
        <source>Vos documents</source>
        <translation>Belgeleriniz</translation>
    </message>
    <message>
        <source>Documents qui manquent encore</source>
        <translation>Henüz eksik olan belgeler</translation>
    </message>
    <message>
        <source>Documents prêts</source>
        <translation>Hazır belgeler</translation>
    </message>
    <message>
        <source>Documents joints sur un site officiel pendant la visite</source>
        <translation>Ziyaret sırasında resmî bir siteye eklenen belgeler</translation>
    </message>
    <message>
        <source>À faire ensuite</source>
        <translation>Sonra yapılacaklar</translation>
    </message>
    <message>
        <source>tous les %1 mois</source>
        <translation>her %1 ayda bir</translation>
    </message>
    <message>
        <source>dans %1 jours</source>
        <translation>%1 gün sonra</translation>
    </message>
    <message>
        <source>au plus tard le %1</source>
        <translation>en geç %1 tarihinde</translation>
    </message>
    <message>
        <source>à partir du %1</source>
        <translation>%1 tarihinden itibaren</translation>
    </message>
    <message>
        <source>%1 semaines</source>
        <translation>%1 hafta</translation>
    </message>
    <message>
        <source>les %1</source>
        <translation>şu tarihlerde: %1</translation>
    </message>
    <message>
        <source>Qui voir au pôle social</source>
        <translation>Sosyal merkezde kiminle görüşebilirsiniz</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Ulaşım</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Sites officiels</source>
        <translation>Resmî siteler</translation>
    </message>
    <message>
        <source>Vous pourriez aussi…</source>
        <translation>Şunları da yapabilirsiniz…</translation>
    </message>
    <message>
        <source>D&apos;où viennent ces informations</source>
        <translation>Bu bilgilerin kaynağı</translation>
    </message>
    <message>
        <source>… suite sur la feuille imprimée</source>
        <translation>… devamı basılı sayfada</translation>
    </message>
    <message>
        <source>Pour le conseiller</source>
        <translation>Danışman için</translation>
    </message>
    <message>
        <source>Référence du résumé envoyé au pôle social : %1</source>
        <translation>Sosyal merkeze gönderilen özetin referansı: %1</translation>
    </message>
    <message>
        <source>Scannez avec votre téléphone</source>
        <translation>Telefonunuzla okutun</translation>
    </message>
    <message>
        <source>Contenu version %1 du %2</source>
        <translation>İçerik sürümü %1 (%2)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>non</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>je ne sais pas</source>
        <translation>bilmiyorum</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Votre nom pour le conseiller (facultatif)</source>
        <translation>Danışman için adınız (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé sur la feuille, puis oublié.</source>
        <translation>Yalnızca kâğıda yazdırılır, sonra unutulur.</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé, puis oublié</source>
        <translation>Yalnızca yazdırılır, sonra unutulur</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social</source>
        <translation>Bu özetin sosyal merkeze gönderilmesini kabul ediyorum</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social pour préparer mon rendez-vous</source>
        <translation>Randevumu hazırlamak için bu özetin sosyal merkeze gönderilmesini kabul ediyorum</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Envoyer le résumé au pôle social</source>
        <translation>Özeti sosyal merkeze gönder</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Imprimer le résumé</source>
        <translation>Özeti yazdır</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>Bitir ve sil</translation>
    </message>
    <message>
        <source>Terminer et effacer : tout ce que vous avez fait ici sera oublié</source>
        <translation>Bitir ve sil: burada yaptığınız her şey unutulacak</translation>
    </message>
    <message>
        <source>Scannez ce code avec votre téléphone pour garder ce résumé</source>
        <translation>Bu özeti saklamak için kodu telefonunuzla okutun</translation>
    </message>
    <message>
        <source>Code QR du résumé, à scanner avec votre téléphone</source>
        <translation>Özetin QR kodu, telefonunuzla okutmak için</translation>
    </message>
    <message>
        <source>Rappel pour l&apos;agenda de votre téléphone : %1</source>
        <translation>Telefonunuzun takvimi için hatırlatma: %1</translation>
    </message>
    <message>
        <source>Code QR du rappel pour votre agenda</source>
        <translation>Takviminiz için hatırlatmanın QR kodu</translation>
    </message>
</context>
<context>
    <name>Takeaway</name>
    <message>
        <source>Le résumé n&apos;a pas pu être préparé pour l&apos;envoi. Imprimez-le ou scannez le code.</source>
        <translation>Özet gönderim için hazırlanamadı. Yazdırın veya kodu telefonunuzla okutun.</translation>
    </message>
    <message>
        <source>Votre résumé est confié au pôle social. Référence : %1. Elle sera aussi sur la feuille imprimée.</source>
        <translation>Özetiniz sosyal merkeze iletildi. Referans: %1. Yazdırılan sayfada da yer alacak.</translation>
    </message>
</context>
<context>
    <name>WebPanel</name>
    <message>
        <source>Préparation de l&apos;impression…</source>
        <translation>Yazdırma hazırlanıyor…</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu être préparée pour l&apos;impression. Demandez à un médiateur.</source>
        <translation>Bu sayfa yazdırmaya hazırlanamadı. Bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Recharger</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Pas de connexion internet pour le moment</source>
        <translation>Şu an internet bağlantısı yok</translation>
    </message>
    <message>
        <source>Le site officiel ne répond pas : la borne n&apos;arrive pas à joindre internet.</source>
        <translation>Resmî site yanıt vermiyor: bu bilgisayar internete bağlanamıyor.</translation>
    </message>
    <message>
        <source>Le guide, à côté, continue de fonctionner : vous pouvez avancer, cocher vos documents et imprimer votre résumé.</source>
        <translation>Yandaki rehber çalışmaya devam ediyor: ilerleyebilir, belgelerinizi işaretleyebilir ve özetinizi yazdırabilirsiniz.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer. Si cela dure, prévenez un médiateur.</source>
        <translation>Yeniden denemek için « %1 » düğmesine dokunun. Sorun devam ederse bir yardımcı görevliye haber verin.</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu s&apos;ouvrir</source>
        <translation>Bu sayfa açılamadı</translation>
    </message>
    <message>
        <source>Le site officiel a rencontré un problème.</source>
        <translation>Resmî sitede bir sorun oluştu.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer, ou « %2 » pour revenir en arrière.</source>
        <translation>Yeniden denemek için « %1 », geri dönmek için « %2 » düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Ce service refuse la borne</source>
        <translation>Bu hizmet bilgisayarı kabul etmiyor</translation>
    </message>
    <message>
        <source>Ce site n&apos;accepte pas que l&apos;on se connecte depuis le navigateur de la borne. La borne n&apos;y peut rien.</source>
        <translation>Bu site, bilgisayarın tarayıcısından giriş yapılmasını kabul etmiyor. Bilgisayar bunu değiştiremez.</translation>
    </message>
    <message>
        <source>Ouvrez votre messagerie sur votre téléphone pour lire le code. Ou demandez à un médiateur.</source>
        <translation>Kodu okumak için e-postanızı telefonunuzda açın. Ya da bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir en arrière.</source>
        <translation>Geri dönmek için « %1 » düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la borne</source>
        <translation>Bu dosya bu bilgisayarda saklanamaz</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF, pour les imprimer.</source>
        <translation>Bu bilgisayar yazdırmak için yalnızca PDF belgelerini saklar.</translation>
    </message>
    <message>
        <source>Demandez à un médiateur si vous avez besoin de ce fichier.</source>
        <translation>Bu dosyaya ihtiyacınız varsa bir yardımcı görevliye sorun.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site.</source>
        <translation>Siteye dönmek için « %1 » düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Ce document n&apos;a pas pu être enregistré</source>
        <translation>Bu belge kaydedilemedi</translation>
    </message>
    <message>
        <source>La borne n&apos;a plus de place pour le garder. Prévenez un médiateur.</source>
        <translation>Bilgisayarda onu saklayacak yer kalmadı. Bir yardımcı görevliye haber verin.</translation>
    </message>
    <message>
        <source>Le téléchargement s&apos;est arrêté avant la fin. Réessayez ; si cela recommence, prévenez un médiateur.</source>
        <translation>İndirme bitmeden durdu. Tekrar deneyin; yine olursa bir yardımcı görevliye haber verin.</translation>
    </message>
    <message>
        <source>Ce site ne s&apos;ouvre pas sur la borne</source>
        <translation>Bu site bu bilgisayarda açılmaz</translation>
    </message>
    <message>
        <source>La borne ouvre seulement les sites officiels utiles à vos démarches. « %1 » n&apos;en fait pas partie.</source>
        <translation>Bu bilgisayar yalnızca işlemleriniz için gerekli resmî siteleri açar. « %1 » bunlardan biri değil.</translation>
    </message>
    <message>
        <source>Vous pouvez l&apos;ouvrir sur votre téléphone : scannez ce code avec l&apos;appareil photo.</source>
        <translation>Bu siteyi telefonunuzda açabilirsiniz: bu kodu kamerayla okutun.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site officiel.</source>
        <translation>Resmî siteye dönmek için « %1 » düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Adresse à ouvrir sur votre téléphone</source>
        <translation>Telefonunuzda açılacak adres</translation>
    </message>
    <message>
        <source>Attention : cette adresse imite un site officiel</source>
        <translation>Dikkat: bu adres resmî bir siteyi taklit ediyor</translation>
    </message>
    <message>
        <source>Elle ressemble au nom d&apos;un site officiel, mais ce n&apos;en est pas un. Par prudence, la borne ne l&apos;ouvre pas et ne la propose pas pour votre téléphone.</source>
        <translation>Resmî bir sitenin adına benziyor ama resmî bir site değil. Güvenliğiniz için bu bilgisayar bu adresi açmaz, telefonunuz için kod da vermez.</translation>
    </message>
    <message>
        <source>En cas de doute, demandez à un médiateur.</source>
        <translation>Emin değilseniz bir yardımcı görevliye sorun.</translation>
    </message>
    <message>
        <source>Ce lien ne s&apos;ouvre pas sur la borne</source>
        <translation>Bu bağlantı bu bilgisayarda açılmaz</translation>
    </message>
    <message>
        <source>Il ne mène pas à une page d&apos;un site officiel.</source>
        <translation>Resmî bir sitenin sayfasına gitmiyor.</translation>
    </message>
    <message>
        <source>Site : %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Page de départ de l&apos;étape</source>
        <translation>Adımın başlangıç sayfası</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>Bu sayfayı yazdır</translation>
    </message>
</context>
<context>
    <name>WebmailChoice</name>
    <message>
        <source>Quelle est votre messagerie ?</source>
        <translation>E-posta hizmetiniz hangisi?</translation>
    </message>
    <message>
        <source>Votre messagerie s&apos;ouvre dans un onglet à côté du site officiel. Ce n&apos;est pas un site officiel. Le site officiel reste ouvert, comme vous l&apos;avez laissé.</source>
        <translation>E-postanız resmî sitenin yanında bir sekmede açılır. Resmî bir site değildir. Resmî site bıraktığınız gibi açık kalır.</translation>
    </message>
    <message>
        <source>Votre messagerie n&apos;est pas dans la liste ? Lisez le code sur votre téléphone, ou demandez à un médiateur.</source>
        <translation>E-posta hizmetiniz listede yok mu? Kodu telefonunuzda okuyun veya bir arabulucuya sorun.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Ouvrir ma messagerie %1</source>
        <translation>E-postamı aç: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Écoute : activée</source>
        <translation>Dinleme: açık</translation>
    </message>
    <message>
        <source>Écoute</source>
        <translation>Dinleme</translation>
    </message>
    <message>
        <source>Mode écoute : activé. Touchez une langue : elle dit son nom ; touchez-la encore pour commencer</source>
        <translation>Dinleme modu: açık. Bir dile dokunun: adını söyler; başlamak için yeniden dokunun</translation>
    </message>
    <message>
        <source>Mode écoute : chaque écran est lu à voix haute</source>
        <translation>Dinleme modu: her ekran sesli okunur</translation>
    </message>
    <message>
        <source>Touchez l&apos;écran pour commencer</source>
        <translation>Başlamak için ekrana dokunun</translation>
    </message>
    <message>
        <source>Commencer en français</source>
        <translation>Fransızca başla</translation>
    </message>
    <message>
        <source>Choisissez votre langue :</source>
        <translation>Dilinizi seçin:</translation>
    </message>
</context>
</TS>
