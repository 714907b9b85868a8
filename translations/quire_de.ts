<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
        <translation>Hinweis Demomodus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="33" />
        <source>Demo — no real payments</source>
        <translation>Demo – keine echten Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43" />
        <location filename="../ui/MainWindow.ui" line="50" />
        <source>Store activity</source>
        <translation>Aktivität im Laden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="37" />
        <source>Quire cannot start</source>
        <translation>Quire kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55" />
        <source>Point of sale and self-service kiosk for bookstores.</source>
        <translation>Kassensystem und Selbstbedienungskiosk für Buchhandlungen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60" />
        <source>Run the offline demo with its own database.</source>
        <translation>Die Offline-Demo mit eigener Datenbank starten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63" />
        <source>SQLite database file to use.</source>
        <translation>Zu verwendende SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64" />
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73" />
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
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
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="55" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="57" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="59" />
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
</context>
<context>
    <name>quire::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42" />
        <source>Quire (demo)</source>
        <translation>Quire (Demo)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42" />
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
</context>
</TS>