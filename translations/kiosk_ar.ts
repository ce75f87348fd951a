<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Touchez chaque papier que vous avez avec vous.</source>
        <translation>اضغطوا على كل ورقة موجودة معكم.</translation>
    </message>
    <message>
        <source>Je l&apos;ai</source>
        <translation>معي</translation>
    </message>
    <message>
        <source>✔ Je l&apos;ai</source>
        <translation>✔ معي</translation>
    </message>
    <message>
        <source>Je ne l&apos;ai pas encore</source>
        <translation>ليس معي بعد</translation>
    </message>
</context>
<context>
    <name>ConfirmWipe</name>
    <message>
        <source>Terminer et tout effacer ?</source>
        <translation>إنهاء ومسح كل شيء؟</translation>
    </message>
    <message>
        <source>Vos réponses et ce que vous avez ouvert seront effacés. Pensez à imprimer ou à photographier votre résumé avant.</source>
        <translation>ستُمسح إجاباتكم وكل ما فتحتموه. لا تنسوا أن تطبعوا ملخّصكم أو تصوّروه قبل ذلك.</translation>
    </message>
    <message>
        <source>Oui, tout effacer</source>
        <translation>نعم، مسح كل شيء</translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation>لا، متابعة</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>بطاقة الإقامة</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <translation>إثبات السكن</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <translation>كشف الراتب</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>بيانات الحساب البنكي (RIB)</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <translation>إشعار الضريبة</translation>
    </message>
    <message>
        <source>Autre papier</source>
        <translation>ورقة أخرى</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant.</source>
        <translation>لا توجد أي وثيقة حتى الآن.</translation>
    </message>
    <message>
        <source>Touchez « Scanner un papier » pour en ajouter un.</source>
        <translation>اضغطوا على « مسح ورقة » لإضافة واحدة.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de scanner : demandez à un médiateur.</source>
        <translation>هذا الجهاز ليس له ماسح ضوئي: اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Document PDF du site officiel</source>
        <translation>وثيقة PDF من الموقع الرسمي</translation>
    </message>
    <message>
        <source>Pages : %1</source>
        <translation>عدد الصفحات: %1</translation>
    </message>
    <message>
        <source>Choisi</source>
        <translation>تم الاختيار</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>إرسال هذه الوثيقة</translation>
    </message>
    <message>
        <source>« %1 » : envoyer ce document au site</source>
        <translation>« %1 »: إرسال هذه الوثيقة إلى الموقع</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Voir et modifier les pages de « %1 »</source>
        <translation>عرض صفحات « %1 » وتعديلها</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Changer le nom de « %1 »</source>
        <translation>تغيير اسم « %1 »</translation>
    </message>
    <message>
        <source>Avec le document d&apos;avant</source>
        <translation>مع الوثيقة السابقة</translation>
    </message>
    <message>
        <source>Mettre les pages de « %1 » à la suite de « %2 »</source>
        <translation>وضع صفحات « %1 » بعد « %2 »</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Supprimer « %1 »</source>
        <translation>حذف « %1 »</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>تدوير</translation>
    </message>
    <message>
        <source>Tourner la %1</source>
        <translation>تدوير %1</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Mettre la %1 avant</source>
        <translation>وضع %1 قبلها</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Mettre la %1 après</source>
        <translation>وضع %1 بعدها</translation>
    </message>
    <message>
        <source>Enlever</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Enlever la %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Les pages de « %1 »</source>
        <translation>صفحات « %1 »</translation>
    </message>
    <message>
        <source>Tournez une page à l&apos;endroit, changez l&apos;ordre, enlevez une page.</source>
        <translation>دوّروا الصفحة في الاتجاه الصحيح، غيّروا الترتيب، أزيلوا صفحة.</translation>
    </message>
    <message>
        <source>Quel est ce papier ?</source>
        <translation>ما هذه الورقة؟</translation>
    </message>
    <message>
        <source>Choisissez son nom. Le site verra ce nom.</source>
        <translation>اختاروا اسمها. سيرى الموقع هذا الاسم.</translation>
    </message>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>اختيار وثيقة لإرسالها</translation>
    </message>
    <message>
        <source>Le site demande un fichier. Touchez « Envoyer ce document ». Seuls vos documents de cette visite sont proposés.</source>
        <translation>الموقع يطلب ملفًا. اضغطوا على « إرسال هذه الوثيقة ». لا تُعرض إلا وثائقكم من هذه الزيارة.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>وثائقي</translation>
    </message>
    <message>
        <source>Vos papiers scannés restent ici pendant votre visite. Tout est effacé à la fin.</source>
        <translation>أوراقكم الممسوحة تبقى هنا خلال زيارتكم. يُمسح كل شيء في النهاية.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>مسح ورقة</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>مسح ورقة بالماسح الضوئي لهذا الجهاز</translation>
    </message>
    <message>
        <source>Envoyer les documents choisis</source>
        <translation>إرسال الوثائق المختارة</translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation>الرجوع إلى القائمة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Fermer « Mes documents »</source>
        <translation>إغلاق « وثائقي »</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF ou une image.</source>
        <translation>هذا الموقع يقبل ملف PDF أو صورة.</translation>
    </message>
    <message>
        <source>Ce site accepte un PDF.</source>
        <translation>هذا الموقع يقبل ملف PDF.</translation>
    </message>
    <message>
        <source>Ce site accepte une image d&apos;une seule page.</source>
        <translation>هذا الموقع يقبل صورة من صفحة واحدة فقط.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire.</source>
        <translation>هذا الموقع يطلب نوع ملف لا تستطيع الشاشة صنعه.</translation>
    </message>
    <message>
        <source>Ce site demande un type de fichier que la borne ne sait pas faire. Demandez à un médiateur.</source>
        <translation>هذا الموقع يطلب نوع ملف لا تستطيع الشاشة صنعه. اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Ce site demande une image d&apos;une seule page, et ce document a plusieurs pages. Demandez à un médiateur.</source>
        <translation>هذا الموقع يطلب صورة من صفحة واحدة، وهذه الوثيقة فيها عدة صفحات. اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Ce document est trop lourd pour ce site, même réduit. Enlevez des pages, ou demandez à un médiateur.</source>
        <translation>هذه الوثيقة ثقيلة جدًا على هذا الموقع، حتى بعد تصغيرها. أزيلوا بعض الصفحات، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas pu préparer le fichier. Demandez à un médiateur.</source>
        <translation>لم تستطع الشاشة تحضير الملف. اطلبوا المساعدة من وسيط.</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Reprendre « %1 »</source>
        <translation>متابعة « %1 »</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Avant de continuer « %1 », faisons d&apos;abord ceci. Vous y reviendrez ensuite.</source>
        <translation>قبل متابعة « %1 »، لنقم بهذا أولًا. ستعودون إليه بعد ذلك.</translation>
    </message>
    <message>
        <source>Ce texte n&apos;est pas encore traduit : il est affiché en français.</source>
        <translation>هذا النص غير مترجم بعد: يظهر باللغة الفرنسية.</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Arrêter la lecture à voix haute</source>
        <translation>إيقاف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استماع</translation>
    </message>
    <message>
        <source>Écouter : lire cet écran à voix haute</source>
        <translation>استماع: قراءة هذه الشاشة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Changer de langue (maintenant : %1)</source>
        <translation>تغيير اللغة (الآن: %1)</translation>
    </message>
    <message>
        <source>Pas à pas — %1</source>
        <translation>Pas à pas — %1</translation>
    </message>
    <message>
        <source>Mode accompagné</source>
        <translation>وضع المرافقة</translation>
    </message>
    <message>
        <source>Répéter</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Répéter : entendre encore ce qui est à l&apos;écran</source>
        <translation>إعادة: الاستماع مرة أخرى إلى ما على الشاشة</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>أحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>أحتاج إلى مساعدة: استدعاء وسيط</translation>
    </message>
    <message>
        <source>Un médiateur va venir</source>
        <translation>سيأتي وسيط</translation>
    </message>
    <message>
        <source>normale</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>grande</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>très grande</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Texte normal</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Taille du texte : %1. Toucher pour changer</source>
        <translation>حجم النص: %1. اضغطوا للتغيير</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Contraste normal</source>
        <translation>تباين عادي</translation>
    </message>
    <message>
        <source>Contraste élevé : activé. Toucher pour revenir aux couleurs normales</source>
        <translation>التباين العالي: مفعّل. اضغطوا للرجوع إلى الألوان العادية</translation>
    </message>
    <message>
        <source>Contraste élevé : désactivé. Toucher pour des couleurs plus contrastées</source>
        <translation>التباين العالي: غير مفعّل. اضغطوا لألوان أكثر تباينًا</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>AIDE DEMANDÉE — %1 — BUREAU NON PRÉVENU</source>
        <translation>طلب مساعدة — %1 — لم يصل التنبيه إلى المكتب</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : le bureau des médiateurs n&apos;a pas reçu l&apos;appel</source>
        <translation>طُلبت المساعدة في %1: لم يتلقَّ مكتب الوسطاء النداء</translation>
    </message>
    <message>
        <source>AIDE DEMANDÉE — %1</source>
        <translation>طلب مساعدة — %1</translation>
    </message>
    <message>
        <source>Aide demandée au %1 : un médiateur va venir</source>
        <translation>طُلبت المساعدة في %1: سيأتي وسيط</translation>
    </message>
</context>
<context>
    <name>HelpComing</name>
    <message>
        <source>Votre appel n&apos;est pas arrivé au bureau des médiateurs</source>
        <translation>لم يصل نداؤكم إلى مكتب الوسطاء</translation>
    </message>
    <message>
        <source>Levez la main ou allez à l&apos;accueil : un médiateur viendra vous aider. Vous pouvez continuer en attendant.</source>
        <translation>ارفعوا يدكم أو توجّهوا إلى الاستقبال: سيأتي وسيط لمساعدتكم. يمكنكم المتابعة أثناء الانتظار.</translation>
    </message>
    <message>
        <source>Un médiateur va venir vous aider</source>
        <translation>سيأتي وسيط لمساعدتكم</translation>
    </message>
    <message>
        <source>Restez à votre place : %1. Vous pouvez continuer en attendant.</source>
        <translation>ابقوا في مكانكم: %1. يمكنكم المتابعة أثناء الانتظار.</translation>
    </message>
    <message>
        <source>D&apos;accord</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pour quelle démarche venez-vous ?</source>
        <translation>ما الإجراء الذي جئتم من أجله؟</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Sans réponse, tout ce que vous avez fait sera effacé dans %n seconde(s).</source>
        <translation>
            <numerusform>إذا لم تجيبوا، سيُمسح كل ما فعلتموه الآن.</numerusform>
            <numerusform>إذا لم تجيبوا، سيُمسح كل ما فعلتموه بعد ثانية واحدة.</numerusform>
            <numerusform>إذا لم تجيبوا، سيُمسح كل ما فعلتموه بعد ثانيتين.</numerusform>
            <numerusform>إذا لم تجيبوا، سيُمسح كل ما فعلتموه بعد %n ثوانٍ.</numerusform>
            <numerusform>إذا لم تجيبوا، سيُمسح كل ما فعلتموه بعد %n ثانيةً.</numerusform>
            <numerusform>إذا لم تجيبوا، سيُمسح كل ما فعلتموه بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>هل ما زلتم هنا؟</translation>
    </message>
    <message>
        <source>Oui, je suis là</source>
        <translation>نعم، أنا هنا</translation>
    </message>
    <message>
        <source>Oui, je suis là : continuer</source>
        <translation>نعم، أنا هنا: متابعة</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Suivant : étape %1 sur %2</source>
        <translation>التالي: الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Retour à l&apos;écran d&apos;avant</source>
        <translation>الرجوع إلى الشاشة السابقة</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Recommencer ce guide depuis le début</source>
        <translation>إعادة هذا الدليل من البداية</translation>
    </message>
    <message>
        <source>Autre démarche</source>
        <translation>إجراء آخر</translation>
    </message>
    <message>
        <source>Choisir une autre démarche</source>
        <translation>اختيار إجراء آخر</translation>
    </message>
    <message>
        <source>Mon résumé</source>
        <translation>ملخّصي</translation>
    </message>
    <message>
        <source>Mon résumé : voir ce qui est fait et ce qui reste, l&apos;imprimer ou le scanner</source>
        <translation>ملخّصي: رؤية ما تمّ وما بقي، ثم طباعته أو مسح رمزه بكاميرا الهاتف</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>إنهاء ومسح</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>اختاروا لغتكم</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>%1 · contenu %2 du %3</source>
        <translation>%1 · المحتوى %2 بتاريخ %3</translation>
    </message>
    <message>
        <source>Les chiffres ne sont pas enregistrés sur ce poste.</source>
        <translation>الإحصائيات لا تُسجَّل على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Sessions : %1 · guides commencés : %2 · terminés : %3 · aides demandées : %4 · impressions : %5 · QR montrés : %6 · effacements automatiques : %7</source>
        <translation>الجلسات: %1 · الأدلة التي بدأت: %2 · التي اكتملت: %3 · طلبات المساعدة: %4 · عمليات الطباعة: %5 · رموز QR المعروضة: %6 · عمليات المسح التلقائي: %7</translation>
    </message>
    <message>
        <source>Pages scannées : %1 · documents envoyés à un site : %2 · pages de sites imprimées : %3 · messageries ouvertes : %4</source>
        <translation>صفحات ممسوحة: %1 · وثائق أُرسلت إلى موقع: %2 · صفحات مواقع مطبوعة: %3 · خدمات بريد مفتوحة: %4</translation>
    </message>
    <message>
        <source>Pas d&apos;impression sur ce poste.</source>
        <translation>لا توجد طباعة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est prête : %1</source>
        <translation>الطابعة جاهزة: %1</translation>
    </message>
    <message>
        <source>Impression de la page de test…</source>
        <translation>جارٍ طباعة صفحة الاختبار…</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas pu être écrit.</source>
        <translation>تعذّرت كتابة ملف التصدير.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) écrite(s) dans %1</source>
        <translation>
            <numerusform>لم يُكتب أي سطر في %1</numerusform>
            <numerusform>كُتب سطر واحد في %1</numerusform>
            <numerusform>كُتب سطران في %1</numerusform>
            <numerusform>كُتبت %n أسطر في %1</numerusform>
            <numerusform>كُتب %n سطرًا في %1</numerusform>
            <numerusform>كُتب %n سطر في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <source>vérifiée le %1</source>
        <translation>تم التحقق في %1</translation>
    </message>
    <message>
        <source>copie du %1</source>
        <translation>نسخة بتاريخ %1</translation>
    </message>
    <message>
        <source>copie non datée</source>
        <translation>نسخة غير مؤرخة</translation>
    </message>
    <message>
        <source>PLUS DE 12 MOIS</source>
        <translation>أكثر من 12 شهرًا</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) attend(ent) une vérification sur le site officiel</source>
        <translation>
            <numerusform>لا توجد صفحة تنتظر التحقق على الموقع الرسمي</numerusform>
            <numerusform>صفحة واحدة تنتظر التحقق على الموقع الرسمي</numerusform>
            <numerusform>صفحتان تنتظران التحقق على الموقع الرسمي</numerusform>
            <numerusform>%n صفحات تنتظر التحقق على الموقع الرسمي</numerusform>
            <numerusform>%n صفحةً تنتظر التحقق على الموقع الرسمي</numerusform>
            <numerusform>%n صفحة تنتظر التحقق على الموقع الرسمي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n depuis plus de 12 mois.</source>
        <translation>
            <numerusform>، ولا واحدة منها منذ أكثر من 12 شهرًا.</numerusform>
            <numerusform>، منها واحدة منذ أكثر من 12 شهرًا.</numerusform>
            <numerusform>، منها اثنتان منذ أكثر من 12 شهرًا.</numerusform>
            <numerusform>، منها %n منذ أكثر من 12 شهرًا.</numerusform>
            <numerusform>، منها %n منذ أكثر من 12 شهرًا.</numerusform>
            <numerusform>، منها %n منذ أكثر من 12 شهرًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) : la liste entière est dans « kiosk check ».</source>
        <translation>
            <numerusform>… ولا شيء غيرها: القائمة الكاملة في « kiosk check ».</numerusform>
            <numerusform>… وواحدة أخرى: القائمة الكاملة في « kiosk check ».</numerusform>
            <numerusform>… واثنتان أخريان: القائمة الكاملة في « kiosk check ».</numerusform>
            <numerusform>… و%n أخرى: القائمة الكاملة في « kiosk check ».</numerusform>
            <numerusform>… و%n أخرى: القائمة الكاملة في « kiosk check ».</numerusform>
            <numerusform>… و%n أخرى: القائمة الكاملة في « kiosk check ».</numerusform>
        </translation>
    </message>
    <message>
        <source>AUCUNE VOIX : « Écouter » et le mode écoute sont muets</source>
        <translation>لا يوجد صوت: « استماع » ووضع الاستماع صامتان</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>قائمة الوسيط</translation>
    </message>
    <message>
        <source>J&apos;ai vu la demande d&apos;aide</source>
        <translation>رأيت طلب المساعدة</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Terminer la session et tout effacer</source>
        <translation>إنهاء الجلسة ومسح كل شيء</translation>
    </message>
    <message>
        <source>Mode accompagné : activé</source>
        <translation>وضع المرافقة: مفعّل</translation>
    </message>
    <message>
        <source>Mode accompagné : désactivé</source>
        <translation>وضع المرافقة: غير مفعّل</translation>
    </message>
    <message>
        <source>Toucher pour changer, sans terminer la session</source>
        <translation>اضغطوا للتغيير، بدون إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : activé</source>
        <translation>وضع الاستماع لهذا الزائر: مفعّل</translation>
    </message>
    <message>
        <source>Mode écoute pour ce visiteur : désactivé</source>
        <translation>وضع الاستماع لهذا الزائر: غير مفعّل</translation>
    </message>
    <message>
        <source>Chaque écran est lu à voix haute. Toucher pour changer, sans terminer la session</source>
        <translation>تُقرأ كل شاشة بصوت عالٍ. المسوا للتغيير دون إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Voix de lecture</source>
        <translation>أصوات القراءة</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Vérifier l&apos;imprimante</source>
        <translation>التحقق من الطابعة</translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation>طباعة صفحة اختبار</translation>
    </message>
    <message>
        <source>Chiffres du jour (anonymes)</source>
        <translation>إحصائيات اليوم (بدون أسماء)</translation>
    </message>
    <message>
        <source>Exporter les chiffres (CSV)</source>
        <translation>تصدير الإحصائيات (CSV)</translation>
    </message>
    <message>
        <source>Sources à vérifier sur le site officiel (les plus anciennes d&apos;abord)</source>
        <translation>مصادر يجب التحقق منها على الموقع الرسمي (الأقدم أولًا)</translation>
    </message>
    <message>
        <source>Traductions des guides (une traduction non relue peut contenir des erreurs)</source>
        <translation>ترجمات الأدلة (الترجمة التي لم تُراجَع قد تحتوي على أخطاء)</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Taille du texte au début de chaque session :</source>
        <translation>حجم النص في بداية كل جلسة:</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Grande</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Très grande</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>Taille du texte par défaut : %1</source>
        <translation>حجم النص الافتراضي: %1</translation>
    </message>
    <message>
        <source>Langues proposées :</source>
        <translation>اللغات المعروضة:</translation>
    </message>
    <message>
        <source>Proposer la langue %1</source>
        <translation>عرض اللغة %1</translation>
    </message>
    <message>
        <source>Revenir à la borne</source>
        <translation>الرجوع إلى الجهاز</translation>
    </message>
    <message>
        <source>Quitter le kiosque</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Quitter le kiosque et revenir au bureau</source>
        <translation>الخروج من وضع الكشك والرجوع إلى سطح المكتب</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) complet(s) sur %1</source>
        <translation>
            <numerusform>لا يوجد دليل كامل من %1</numerusform>
            <numerusform>دليل واحد كامل من %1</numerusform>
            <numerusform>دليلان كاملان من %1</numerusform>
            <numerusform>%n أدلة كاملة من %1</numerusform>
            <numerusform>%n دليلًا كاملًا من %1</numerusform>
            <numerusform>%n دليل كامل من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>relus par un traducteur : %1 · non relus : %2</source>
        <translation>راجعها مترجم: %1 · لم تُراجَع: %2</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <source>Ce papier est : %1</source>
        <translation>هذه الورقة هي: %1</translation>
    </message>
    <message>
        <source>Ou écrivez un autre nom</source>
        <translation>أو اكتبوا اسمًا آخر</translation>
    </message>
    <message>
        <source>Écrire un autre nom pour ce papier</source>
        <translation>كتابة اسم آخر لهذه الورقة</translation>
    </message>
    <message>
        <source>Garder ce nom</source>
        <translation>الاحتفاظ بهذا الاسم</translation>
    </message>
    <message>
        <source>Garder le nom écrit</source>
        <translation>الاحتفاظ بالاسم المكتوب</translation>
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
        <translation>اختيار الشهر: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n semaine(s)</source>
        <translation>
            <numerusform>%n أسبوع</numerusform>
            <numerusform>أسبوع واحد</numerusform>
            <numerusform>أسبوعان</numerusform>
            <numerusform>%n أسابيع</numerusform>
            <numerusform>%n أسبوعًا</numerusform>
            <numerusform>%n أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Une semaine de moins (maintenant : %1)</source>
        <translation>أسبوع أقل (الآن: %1)</translation>
    </message>
    <message>
        <source>Une semaine de plus (maintenant : %1)</source>
        <translation>أسبوع أكثر (الآن: %1)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Code médiateur</source>
        <translation>رمز الوسيط</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>تأكيد الرمز</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Annuler et revenir</source>
        <translation>إلغاء والرجوع</translation>
    </message>
    <message>
        <source>%1 chiffres tapés</source>
        <translation>عدد الأرقام المكتوبة: %1</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>الرمز غير صحيح.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. أعيدوا المحاولة الآن.</numerusform>
            <numerusform>محاولات كثيرة جدًا. أعيدوا المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. أعيدوا المحاولة بعد ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. أعيدوا المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. أعيدوا المحاولة بعد %n ثانيةً.</numerusform>
            <numerusform>محاولات كثيرة جدًا. أعيدوا المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Impression en cours…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez votre feuille à l&apos;imprimante.</source>
        <translation>تمّت الطباعة. خذوا ورقتكم من الطابعة.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est prête sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>لا توجد طابعة جاهزة على هذا الجهاز. امسحوا الرمز بكاميرا هاتفكم، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>الطابعة متوقفة. امسحوا الرمز بكاميرا هاتفكم، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;accepte pas d&apos;impression pour le moment. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>الطابعة لا تقبل الطباعة في الوقت الحالي. امسحوا الرمز بكاميرا هاتفكم، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>الطابعة لا تستجيب. امسحوا الرمز بكاميرا هاتفكم، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>L&apos;impression ne fonctionne pas sur ce poste. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>الطباعة لا تعمل على هذا الجهاز. امسحوا الرمز بكاميرا هاتفكم، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu partir. Scannez le code avec votre téléphone ou demandez à un médiateur.</source>
        <translation>لم تُرسَل الورقة إلى الطابعة. امسحوا الرمز بكاميرا هاتفكم، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Une impression est déjà en cours. Attendez un instant.</source>
        <translation>هناك طباعة جارية الآن. انتظروا قليلًا.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Je ne sais pas</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Répondre : %1</source>
        <translation>الإجابة: %1</translation>
    </message>
    <message>
        <source>la coche verte</source>
        <translation>علامة الصح الخضراء</translation>
    </message>
    <message>
        <source>la croix rouge</source>
        <translation>علامة الخطأ الحمراء</translation>
    </message>
    <message>
        <source>le point d&apos;interrogation bleu</source>
        <translation>علامة الاستفهام الزرقاء</translation>
    </message>
    <message>
        <source>la flèche</source>
        <translation>السهم</translation>
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
        <translation>لم يمكن الاحتفاظ بالصفحة على الشاشة. اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>La page est dans « Mes documents » : « %1 », page %2.</source>
        <translation>الصفحة موجودة في « وثائقي »: « %1 »، الصفحة %2.</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>مسح ورقة</translation>
    </message>
    <message>
        <source>1. Ouvrez le capot du scanner. 2. Posez le papier, face écrite contre la vitre, dans le coin marqué. 3. Fermez le capot. 4. Touchez « Scanner ». Pour une carte à deux côtés : scannez un côté, puis l&apos;autre.</source>
        <translation>1. افتحوا غطاء الماسح الضوئي. 2. ضعوا الورقة، الوجه المكتوب على الزجاج، في الزاوية المحددة. 3. أغلقوا الغطاء. 4. اضغطوا على « مسح ». لبطاقة لها وجهان: امسحوا وجهًا، ثم الآخر.</translation>
    </message>
    <message>
        <source>Scan en cours…</source>
        <translation>جارٍ المسح…</translation>
    </message>
    <message>
        <source>Ne bougez pas le papier. Cela prend quelques secondes.</source>
        <translation>لا تحرّكوا الورقة. يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Voici votre page</source>
        <translation>هذه صفحتكم</translation>
    </message>
    <message>
        <source>Tout se lit bien ? Alors dites ce qu&apos;est ce papier. Sinon, touchez « Recommencer le scan ».</source>
        <translation>هل يُقرأ كل شيء جيدًا؟ إذن قولوا ما هي هذه الورقة. وإلا، اضغطوا على « إعادة المسح ».</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché</source>
        <translation>لم ينجح المسح</translation>
    </message>
    <message>
        <source>Vos documents déjà scannés sont toujours là.</source>
        <translation>وثائقكم التي مُسحت من قبل ما زالت موجودة.</translation>
    </message>
    <message>
        <source>Aperçu de la page scannée</source>
        <translation>معاينة الصفحة الممسوحة</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Scanner le papier posé sur la vitre</source>
        <translation>مسح الورقة الموضوعة على الزجاج</translation>
    </message>
    <message>
        <source>En couleur : oui</source>
        <translation>بالألوان: نعم</translation>
    </message>
    <message>
        <source>En couleur : non</source>
        <translation>بالألوان: لا</translation>
    </message>
    <message>
        <source>Scanner en couleur, pour une carte ou une photo</source>
        <translation>المسح بالألوان، لبطاقة أو صورة</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>non</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Recommencer le scan</source>
        <translation>إعادة المسح</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Arrêter le scan</source>
        <translation>إيقاف المسح</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>أحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>أحتاج إلى مساعدة: مناداة وسيط</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>عرض وثائقي</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Fermer le scanner</source>
        <translation>إغلاق الماسح الضوئي</translation>
    </message>
    <message>
        <source>Page suivante de « %1 »</source>
        <translation>الصفحة التالية من « %1 »</translation>
    </message>
    <message>
        <source>Ajouter cette page à la suite de « %1 »</source>
        <translation>إضافة هذه الصفحة بعد « %1 »</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Le scanner ne répond pas : il est peut-être éteint ou débranché. Demandez à un médiateur.</source>
        <translation>الماسح الضوئي لا يستجيب: قد يكون مطفأً أو غير موصول. اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>الماسح الضوئي مشغول. انتظروا قليلًا، ثم حاولوا من جديد.</translation>
    </message>
    <message>
        <source>Le papier est coincé dans le scanner. Demandez à un médiateur de l&apos;enlever.</source>
        <translation>الورقة عالقة في الماسح الضوئي. اطلبوا من وسيط إخراجها.</translation>
    </message>
    <message>
        <source>Le scanner ne trouve pas de papier. Posez le papier, puis réessayez.</source>
        <translation>الماسح الضوئي لا يجد ورقة. ضعوا الورقة، ثم حاولوا من جديد.</translation>
    </message>
    <message>
        <source>Le capot du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>غطاء الماسح الضوئي مفتوح. أغلقوه، ثم حاولوا من جديد.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas abouti : le scanner ne répond plus. Demandez à un médiateur.</source>
        <translation>لم يكتمل المسح: الماسح الضوئي لم يعد يستجيب. اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à un médiateur.</source>
        <translation>لم ينجح المسح. حاولوا من جديد، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
</context>
<context>
    <name>SiteSide</name>
    <message>
        <source>Document du site</source>
        <translation>وثيقة من الموقع</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>جارٍ الطبع…</translation>
    </message>
</context>
<context>
    <name>SiteTabs</name>
    <message>
        <source>Site officiel</source>
        <translation>الموقع الرسمي</translation>
    </message>
    <message>
        <source>Ma messagerie : %1</source>
        <translation>بريدي: %1</translation>
    </message>
    <message>
        <source>Fermer ma messagerie</source>
        <translation>إغلاق بريدي</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Source : %1 — %2</source>
        <translation>المصدر: %1 — %2</translation>
    </message>
    <message>
        <source>relu sur une copie de la page du %1</source>
        <translation>قُرئ على نسخة من الصفحة بتاريخ %1</translation>
    </message>
    <message>
        <source>relu sur une copie de la page de %1</source>
        <translation>قُرئ على نسخة من الصفحة تعود إلى %1</translation>
    </message>
    <message>
        <source>relu sur une copie non datée de la page</source>
        <translation>قُرئ على نسخة غير مؤرخة من الصفحة</translation>
    </message>
    <message>
        <source>vérifié sur le site officiel le %1 par %2</source>
        <translation>تم التحقق منه على الموقع الرسمي في %1 من طرف %2</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Ce que vous verrez à l&apos;écran</source>
        <translation>ما سترونه على الشاشة</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>انتبهوا: %1</translation>
    </message>
    <message>
        <source>Ouvrir le site %1</source>
        <translation>فتح موقع %1</translation>
    </message>
    <message>
        <source>Scanner un papier</source>
        <translation>مسح ورقة</translation>
    </message>
    <message>
        <source>Scanner un papier avec le scanner du poste</source>
        <translation>مسح ورقة بالماسح الضوئي لهذا الجهاز</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>وثائقي (%1)</translation>
    </message>
    <message>
        <source>Mes documents : voir et envoyer vos papiers scannés. Nombre de documents : %1</source>
        <translation>وثائقي: عرض أوراقكم الممسوحة وإرسالها. عدد الوثائق: %1</translation>
    </message>
    <message>
        <source>Ma messagerie</source>
        <translation>بريدي</translation>
    </message>
    <message>
        <source>Ma messagerie : ouvrir mes e-mails à côté, pour lire un code</source>
        <translation>بريدي: فتح رسائلي بجانب الموقع، لقراءة رمز</translation>
    </message>
    <message>
        <source>Fermer le site</source>
        <translation>إغلاق الموقع</translation>
    </message>
    <message>
        <source>Fermer le site officiel et garder le guide</source>
        <translation>إغلاق الموقع الرسمي والبقاء في الدليل</translation>
    </message>
    <message>
        <source>Vous êtes sur la page de cette étape : %1.</source>
        <translation>أنتم في صفحة هذه الخطوة: %1.</translation>
    </message>
    <message>
        <source>Un document a été téléchargé depuis le site officiel. Il sera effacé à la fin. Imprimez-le maintenant.</source>
        <translation>تمّ تحميل وثيقة من الموقع الرسمي. ستُمسح في النهاية. اطبعوها الآن.</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>طباعة الوثيقة</translation>
    </message>
    <message>
        <source>À lire à l&apos;usager</source>
        <translation>للقراءة على الشخص</translation>
    </message>
    <message>
        <source>À faire par le conseiller</source>
        <translation>ما يقوم به المستشار</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Résumé de votre démarche</source>
        <translation>ملخّص إجرائكم</translation>
    </message>
    <message>
        <source>Démarche terminée</source>
        <translation>انتهى الإجراء</translation>
    </message>
    <message>
        <source>Le guide s&apos;arrête ici : un professionnel peut vous aider</source>
        <translation>ينتهي الدليل هنا: يمكن لشخص مختص أن يساعدكم</translation>
    </message>
    <message>
        <source>Arrêté à l&apos;étape %1 sur %2 : %3</source>
        <translation>توقّفتم عند الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Arrêté avant la fin : %1</source>
        <translation>توقّفتم قبل النهاية: %1</translation>
    </message>
    <message>
        <source>Le %1 à %2</source>
        <translation>يوم %1، الساعة %2</translation>
    </message>
    <message>
        <source>Vos réponses</source>
        <translation>إجاباتكم</translation>
    </message>
    <message>
        <source>Ce que vous avez fait</source>
        <translation>ما قمتم به</translation>
    </message>
    <message>
        <source>Vos documents</source>
        <translation>وثائقكم</translation>
    </message>
    <message>
        <source>Documents qui manquent encore</source>
        <translation>وثائق ما زالت ناقصة</translation>
    </message>
    <message>
        <source>Documents prêts</source>
        <translation>وثائق جاهزة</translation>
    </message>
    <message>
        <source>Documents joints sur un site officiel pendant la visite</source>
        <translation>وثائق أُرفقت في موقع رسمي خلال الزيارة</translation>
    </message>
    <message>
        <source>À faire ensuite</source>
        <translation>ما يجب فعله بعد ذلك</translation>
    </message>
    <message>
        <source>tous les %1 mois</source>
        <translation>كل %1 أشهر</translation>
    </message>
    <message>
        <source>dans %1 jours</source>
        <translation>بعد %1 أيام</translation>
    </message>
    <message>
        <source>au plus tard le %1</source>
        <translation>في أجل أقصاه %1</translation>
    </message>
    <message>
        <source>à partir du %1</source>
        <translation>ابتداءً من %1</translation>
    </message>
    <message>
        <source>%1 semaines</source>
        <translation>%1 أسابيع</translation>
    </message>
    <message>
        <source>les %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Qui voir au pôle social</source>
        <translation>من يساعدكم في المركز الاجتماعي</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>كيفية الوصول</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Sites officiels</source>
        <translation>المواقع الرسمية</translation>
    </message>
    <message>
        <source>Vous pourriez aussi…</source>
        <translation>يمكنكم أيضًا…</translation>
    </message>
    <message>
        <source>D&apos;où viennent ces informations</source>
        <translation>من أين تأتي هذه المعلومات</translation>
    </message>
    <message>
        <source>… suite sur la feuille imprimée</source>
        <translation>… التتمة على الورقة المطبوعة</translation>
    </message>
    <message>
        <source>Pour le conseiller</source>
        <translation>للمستشار</translation>
    </message>
    <message>
        <source>Référence du résumé envoyé au pôle social : %1</source>
        <translation>مرجع الملخّص المُرسَل إلى المركز الاجتماعي: %1</translation>
    </message>
    <message>
        <source>Scannez avec votre téléphone</source>
        <translation>امسحوا الرمز بكاميرا هاتفكم</translation>
    </message>
    <message>
        <source>Contenu version %1 du %2</source>
        <translation>إصدار المحتوى %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>non</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>je ne sais pas</source>
        <translation>لا أعرف</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Votre nom pour le conseiller (facultatif)</source>
        <translation>اسمكم للمستشار (اختياري)</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé sur la feuille, puis oublié.</source>
        <translation>سيُطبع على الورقة فقط، ثم يُمسح.</translation>
    </message>
    <message>
        <source>Il sera seulement imprimé, puis oublié</source>
        <translation>سيُطبع فقط، ثم يُمسح</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social</source>
        <translation>أوافق على إرسال هذا الملخّص إلى المركز الاجتماعي</translation>
    </message>
    <message>
        <source>J&apos;accepte que ce résumé soit envoyé au pôle social pour préparer mon rendez-vous</source>
        <translation>أوافق على إرسال هذا الملخّص إلى المركز الاجتماعي لتحضير موعدي</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Envoyer le résumé au pôle social</source>
        <translation>إرسال الملخّص إلى المركز الاجتماعي</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Imprimer le résumé</source>
        <translation>طباعة الملخّص</translation>
    </message>
    <message>
        <source>Terminer et effacer</source>
        <translation>إنهاء ومسح</translation>
    </message>
    <message>
        <source>Terminer et effacer : tout ce que vous avez fait ici sera oublié</source>
        <translation>إنهاء ومسح: كل ما فعلتموه هنا سيُمسح</translation>
    </message>
    <message>
        <source>Scannez ce code avec votre téléphone pour garder ce résumé</source>
        <translation>امسحوا هذا الرمز بكاميرا هاتفكم للاحتفاظ بهذا الملخّص</translation>
    </message>
    <message>
        <source>Code QR du résumé, à scanner avec votre téléphone</source>
        <translation>رمز QR للملخّص، امسحوه بكاميرا هاتفكم</translation>
    </message>
    <message>
        <source>Rappel pour l&apos;agenda de votre téléphone : %1</source>
        <translation>تذكير في تقويم هاتفكم: %1</translation>
    </message>
    <message>
        <source>Code QR du rappel pour votre agenda</source>
        <translation>رمز QR للتذكير في تقويم هاتفكم</translation>
    </message>
</context>
<context>
    <name>Takeaway</name>
    <message>
        <source>Le résumé n&apos;a pas pu être préparé pour l&apos;envoi. Imprimez-le ou scannez le code.</source>
        <translation>تعذّر تحضير الملخّص للإرسال. اطبعوه أو امسحوا الرمز بكاميرا هاتفكم.</translation>
    </message>
    <message>
        <source>Votre résumé est confié au pôle social. Référence : %1. Elle sera aussi sur la feuille imprimée.</source>
        <translation>تمّ تسليم ملخّصكم إلى المركز الاجتماعي. المرجع: %1. سيكون أيضًا على الورقة المطبوعة.</translation>
    </message>
</context>
<context>
    <name>WebPanel</name>
    <message>
        <source>Préparation de l&apos;impression…</source>
        <translation>جارٍ تحضير الطباعة…</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu être préparée pour l&apos;impression. Demandez à un médiateur.</source>
        <translation>لم يمكن تحضير هذه الصفحة للطباعة. اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Recharger</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Pas de connexion internet pour le moment</source>
        <translation>لا يوجد اتصال بالإنترنت حاليًا</translation>
    </message>
    <message>
        <source>Le site officiel ne répond pas : la borne n&apos;arrive pas à joindre internet.</source>
        <translation>الموقع الرسمي لا يستجيب: الجهاز لا يستطيع الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Le guide, à côté, continue de fonctionner : vous pouvez avancer, cocher vos documents et imprimer votre résumé.</source>
        <translation>الدليل الذي بجانبه ما زال يعمل: يمكنكم التقدّم، ووضع علامة على وثائقكم، وطباعة ملخّصكم.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer. Si cela dure, prévenez un médiateur.</source>
        <translation>اضغطوا على « %1 » للمحاولة من جديد. إذا استمرّت المشكلة، أخبروا وسيطًا.</translation>
    </message>
    <message>
        <source>Cette page n&apos;a pas pu s&apos;ouvrir</source>
        <translation>لم تُفتح هذه الصفحة</translation>
    </message>
    <message>
        <source>Le site officiel a rencontré un problème.</source>
        <translation>حدثت مشكلة في الموقع الرسمي.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour réessayer, ou « %2 » pour revenir en arrière.</source>
        <translation>اضغطوا على « %1 » للمحاولة من جديد، أو على « %2 » للرجوع إلى الخلف.</translation>
    </message>
    <message>
        <source>Ce service refuse la borne</source>
        <translation>هذه الخدمة ترفض الشاشة</translation>
    </message>
    <message>
        <source>Ce site n&apos;accepte pas que l&apos;on se connecte depuis le navigateur de la borne. La borne n&apos;y peut rien.</source>
        <translation>هذا الموقع لا يقبل الدخول من متصفح الشاشة. لا تستطيع الشاشة فعل شيء.</translation>
    </message>
    <message>
        <source>Ouvrez votre messagerie sur votre téléphone pour lire le code. Ou demandez à un médiateur.</source>
        <translation>افتحوا بريدكم على هاتفكم لقراءة الرمز. أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir en arrière.</source>
        <translation>اضغطوا على « %1 » للرجوع.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la borne</source>
        <translation>لا يمكن الاحتفاظ بهذا الملف على الجهاز</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF, pour les imprimer.</source>
        <translation>الجهاز يحتفظ فقط بوثائق PDF، لطباعتها.</translation>
    </message>
    <message>
        <source>Demandez à un médiateur si vous avez besoin de ce fichier.</source>
        <translation>إذا كنتم تحتاجون إلى هذا الملف، اسألوا وسيطًا.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site.</source>
        <translation>اضغطوا على « %1 » للرجوع إلى الموقع.</translation>
    </message>
    <message>
        <source>Ce document n&apos;a pas pu être enregistré</source>
        <translation>تعذّر حفظ هذا المستند</translation>
    </message>
    <message>
        <source>La borne n&apos;a plus de place pour le garder. Prévenez un médiateur.</source>
        <translation>لم تعد في الجهاز مساحة للاحتفاظ به. أخبروا وسيطًا.</translation>
    </message>
    <message>
        <source>Le téléchargement s&apos;est arrêté avant la fin. Réessayez ; si cela recommence, prévenez un médiateur.</source>
        <translation>توقّف التنزيل قبل اكتماله. حاولوا مجددًا، وإذا تكرّر ذلك فأخبروا وسيطًا.</translation>
    </message>
    <message>
        <source>Ce site ne s&apos;ouvre pas sur la borne</source>
        <translation>هذا الموقع لا يُفتح على الجهاز</translation>
    </message>
    <message>
        <source>La borne ouvre seulement les sites officiels utiles à vos démarches. « %1 » n&apos;en fait pas partie.</source>
        <translation>الجهاز يفتح فقط المواقع الرسمية المفيدة لإجراءاتكم. « %1 » ليس منها.</translation>
    </message>
    <message>
        <source>Vous pouvez l&apos;ouvrir sur votre téléphone : scannez ce code avec l&apos;appareil photo.</source>
        <translation>يمكنكم فتحه على هاتفكم: امسحوا هذا الرمز بكاميرا الهاتف.</translation>
    </message>
    <message>
        <source>Touchez « %1 » pour revenir au site officiel.</source>
        <translation>اضغطوا على « %1 » للرجوع إلى الموقع الرسمي.</translation>
    </message>
    <message>
        <source>Adresse à ouvrir sur votre téléphone</source>
        <translation>العنوان الذي تفتحونه على هاتفكم</translation>
    </message>
    <message>
        <source>Attention : cette adresse imite un site officiel</source>
        <translation>انتبهوا: هذا العنوان يقلّد موقعًا رسميًا</translation>
    </message>
    <message>
        <source>Elle ressemble au nom d&apos;un site officiel, mais ce n&apos;en est pas un. Par prudence, la borne ne l&apos;ouvre pas et ne la propose pas pour votre téléphone.</source>
        <translation>يشبه اسم موقع رسمي، لكنه ليس موقعًا رسميًا. من باب الحذر، لا يفتحه الجهاز ولا يقترح فتحه على هاتفكم.</translation>
    </message>
    <message>
        <source>En cas de doute, demandez à un médiateur.</source>
        <translation>إذا كان لديكم شك، اسألوا وسيطًا.</translation>
    </message>
    <message>
        <source>Ce lien ne s&apos;ouvre pas sur la borne</source>
        <translation>هذا الرابط لا يُفتح على الجهاز</translation>
    </message>
    <message>
        <source>Il ne mène pas à une page d&apos;un site officiel.</source>
        <translation>لا يؤدي إلى صفحة من موقع رسمي.</translation>
    </message>
    <message>
        <source>Site : %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Page de départ de l&apos;étape</source>
        <translation>صفحة بداية الخطوة</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>طباعة هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>WebmailChoice</name>
    <message>
        <source>Quelle est votre messagerie ?</source>
        <translation>ما هي خدمة بريدكم؟</translation>
    </message>
    <message>
        <source>Votre messagerie s&apos;ouvre dans un onglet à côté du site officiel. Ce n&apos;est pas un site officiel. Le site officiel reste ouvert, comme vous l&apos;avez laissé.</source>
        <translation>يُفتح بريدكم في علامة تبويب بجانب الموقع الرسمي. ليس موقعًا رسميًا. يبقى الموقع الرسمي مفتوحًا كما تركتموه.</translation>
    </message>
    <message>
        <source>Votre messagerie n&apos;est pas dans la liste ? Lisez le code sur votre téléphone, ou demandez à un médiateur.</source>
        <translation>خدمة بريدكم ليست في القائمة؟ اقرؤوا الرمز على هاتفكم، أو اطلبوا المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Ouvrir ma messagerie %1</source>
        <translation>فتح بريدي %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>مرحبًا بكم</translation>
    </message>
    <message>
        <source>Écoute : activée</source>
        <translation>الاستماع: مفعّل</translation>
    </message>
    <message>
        <source>Écoute</source>
        <translation>استماع</translation>
    </message>
    <message>
        <source>Mode écoute : activé. Touchez une langue : elle dit son nom ; touchez-la encore pour commencer</source>
        <translation>وضع الاستماع: مفعّل. المسوا لغة: تقول اسمها؛ المسوها مرة أخرى للبدء</translation>
    </message>
    <message>
        <source>Mode écoute : chaque écran est lu à voix haute</source>
        <translation>وضع الاستماع: تُقرأ كل شاشة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Touchez l&apos;écran pour commencer</source>
        <translation>اضغطوا على الشاشة للبدء</translation>
    </message>
    <message>
        <source>Commencer en français</source>
        <translation>البدء باللغة الفرنسية</translation>
    </message>
    <message>
        <source>Choisissez votre langue :</source>
        <translation>اختاروا لغتكم:</translation>
    </message>
</context>
</TS>
