<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="20" />
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="27" />
        <source>Demo mode notice</source>
        <translation>Avis du mode démo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="33" />
        <source>Demo — no real payments</source>
        <translation>Démo — aucun paiement réel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43" />
        <location filename="../ui/MainWindow.ui" line="50" />
        <source>Store activity</source>
        <translation>Activité du magasin</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="37" />
        <source>Quire cannot start</source>
        <translation>Quire ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55" />
        <source>Point of sale and self-service kiosk for bookstores.</source>
        <translation>Caisse et borne libre-service pour librairies.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60" />
        <source>Run the offline demo with its own database.</source>
        <translation>Lancer la démo hors ligne avec sa propre base de données.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63" />
        <source>SQLite database file to use.</source>
        <translation>Fichier de base de données SQLite à utiliser.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64" />
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73" />
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>quire::EventLogModel</name>
    <message>
        <location filename="../models/EventLogModel.cpp" line="39" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="53" />
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="55" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="57" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="59" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>quire::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42" />
        <source>Quire (demo)</source>
        <translation>Quire (démo)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42" />
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43" />
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
</context>
</TS>