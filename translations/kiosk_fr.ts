<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Sans réponse, tout ce que vous avez fait sera effacé dans %n seconde(s).</source>
        <translation>
            <numerusform>Sans réponse, tout ce que vous avez fait sera effacé dans %n seconde.</numerusform>
            <numerusform>Sans réponse, tout ce que vous avez fait sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message numerus="yes">
        <source>%n ligne(s) écrite(s) dans %1</source>
        <translation>
            <numerusform>%n ligne écrite dans %1</numerusform>
            <numerusform>%n lignes écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message numerus="yes">
        <source>%n page(s) attend(ent) une vérification sur le site officiel</source>
        <translation>
            <numerusform>%n page attend une vérification sur le site officiel</numerusform>
            <numerusform>%n pages attendent une vérification sur le site officiel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n depuis plus de 12 mois.</source>
        <translation>
            <numerusform>, dont %n depuis plus de 12 mois.</numerusform>
            <numerusform>, dont %n depuis plus de 12 mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) : la liste entière est dans « kiosk check ».</source>
        <translation>
            <numerusform>… et %n autre : la liste entière est dans « kiosk check ».</numerusform>
            <numerusform>… et %n autres : la liste entière est dans « kiosk check ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) complet(s) sur %1</source>
        <translation>
            <numerusform>%n guide complet sur %1</numerusform>
            <numerusform>%n guides complets sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message numerus="yes">
        <source>%n semaine(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
</TS>
