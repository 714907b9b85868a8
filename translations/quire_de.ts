<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Authentication</name>
    <message>
        <source>Copy the pepper file of a terminal where sign-in works (by default ~/.config/Quire/quire/pin-pepper of the user Quire runs as there) to %1, readable by Quire&apos;s user only, for example: scp other-terminal:.config/Quire/quire/pin-pepper /tmp/pin-pepper &amp;&amp; install -D -m 600 /tmp/pin-pepper %1 &amp;&amp; rm /tmp/pin-pepper. Or point --pepper-file (or pepperFile in the [auth] section of the settings file) at such a copy. See &quot;Provisioning the PIN pepper on several terminals&quot; in docs/deployment.md.</source>
        <translation>Kopieren Sie die Pepper-Datei eines Terminals, an dem die Anmeldung funktioniert (standardmäßig ~/.config/Quire/quire/pin-pepper des Benutzers, unter dem Quire dort läuft), nach %1, nur für den Benutzer von Quire lesbar, zum Beispiel: scp other-terminal:.config/Quire/quire/pin-pepper /tmp/pin-pepper &amp;&amp; install -D -m 600 /tmp/pin-pepper %1 &amp;&amp; rm /tmp/pin-pepper. Oder lassen Sie --pepper-file (oder pepperFile im Abschnitt [auth] der Einstellungsdatei) auf eine solche Kopie zeigen. Siehe „Provisioning the PIN pepper on several terminals“ in docs/deployment.md.</translation>
    </message>
    <message>
        <source>The PIN pepper file %1 is missing, and this store&apos;s PINs are hashed with a pepper another terminal has. A new pepper would make every PIN fail, so Quire does not make one and does not start.</source>
        <translation>Die PIN-Pepper-Datei %1 fehlt, und die PINs dieses Geschäfts sind mit dem Pepper eines anderen Terminals gehasht. Ein neuer Pepper würde jede PIN scheitern lassen; deshalb legt Quire keinen an und startet nicht.</translation>
    </message>
    <message>
        <source>The PIN pepper file %1 is not the one this store&apos;s PINs are hashed with: every correct PIN would be refused here and counted as a wrong one, so Quire does not start.</source>
        <translation>Die PIN-Pepper-Datei %1 ist nicht die, mit der die PINs dieses Geschäfts gehasht sind: Jede richtige PIN würde hier abgelehnt und als falsche gezählt; deshalb startet Quire nicht.</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>Warenkorbzeilen</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>Ein Exemplar weniger</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>Ein Exemplar mehr</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>Warenkorb leeren</translation>
    </message>
    <message>
        <source>C&amp;lear cart</source>
        <translation>Warenkorb &amp;leeren</translation>
    </message>
    <message>
        <source>Cart message</source>
        <translation>Warenkorb-Hinweis</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Warenkorb-Summe</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>Bestellung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Confirm order</source>
        <translation>Bestellung &amp;bestätigen</translation>
    </message>
    <message>
        <source>One copy fewer (-)</source>
        <translation>Ein Exemplar weniger (-)</translation>
    </message>
    <message>
        <source>One copy more (+)</source>
        <translation>Ein Exemplar mehr (+)</translation>
    </message>
    <message>
        <source>Remove the line (Delete or Alt+R)</source>
        <translation>Die Zeile entfernen (Entf oder Alt+R)</translation>
    </message>
    <message>
        <source>Confirm the order (Alt+C or Ctrl+Return)</source>
        <translation>Die Bestellung bestätigen (Alt+C oder Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>Import catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>Load titles from a CSV file (columns isbn, title, authors, price, currency, stock and optionally cover_path). Existing titles with the same ISBN are updated. The whole file is imported at once, or not at all.</source>
        <translation>Titel aus einer CSV-Datei laden (Spalten isbn, title, authors, price, currency, stock und optional cover_path). Vorhandene Titel mit derselben ISBN werden aktualisiert. Die ganze Datei wird auf einmal importiert oder gar nicht.</translation>
    </message>
    <message>
        <source>&amp;CSV file</source>
        <translation>&amp;CSV-Datei</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>/path/to/catalog.csv</source>
        <translation>/pfad/zu/katalog.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing if any row is bad</source>
        <translation>&amp;Streng: nichts importieren, wenn eine Zeile fehlerhaft ist</translation>
    </message>
    <message>
        <source>Strict import</source>
        <translation>Strenger Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Import starten</translation>
    </message>
    <message>
        <source>C&amp;ancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the running import</source>
        <translation>Laufenden Import abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the import window</source>
        <translation>Importfenster schließen</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scannen:</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Strichcode</translation>
    </message>
    <message>
        <source>Scan a book&apos;s barcode or type its ISBN and press Enter to add it to the cart</source>
        <translation>Strichcode eines Buchs scannen oder seine ISBN eingeben und Enter drücken, um es in den Warenkorb zu legen</translation>
    </message>
    <message>
        <source>Scan a barcode or type an ISBN, then Enter (Ctrl+B)</source>
        <translation>Strichcode scannen oder ISBN eingeben, dann Enter (Strg+B)</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Title, author or ISBN (Ctrl+F)</source>
        <translation>Titel, Autor oder ISBN (Strg+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Catalog message</source>
        <translation>Katalog-Hinweis</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>In den Warenkorb</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
</context>
<context>
    <name>ConfirmOrderScreen</name>
    <message>
        <source>Confirm the order</source>
        <translation>Bestellung bestätigen</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <source>Why the order cannot be confirmed</source>
        <translation>Warum die Bestellung nicht bestätigt werden kann</translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation>Zurück zum Warenkorb</translation>
    </message>
    <message>
        <source>Back to cart</source>
        <translation>Zurück zum Warenkorb</translation>
    </message>
    <message>
        <source>Confirm the order and pay</source>
        <translation>Bestellung bestätigen und bezahlen</translation>
    </message>
    <message>
        <source>Confirm and pay</source>
        <translation>Bestätigen und bezahlen</translation>
    </message>
    <message>
        <source>Back to the cart (Escape)</source>
        <translation>Zurück zum Warenkorb (Esc)</translation>
    </message>
    <message>
        <source>Confirm and pay (Enter, Ctrl+Return or F12)</source>
        <translation>Bestätigen und bezahlen (Eingabe, Strg+Eingabe oder F12)</translation>
    </message>
    <message>
        <source>Tax in the total</source>
        <translation>Steuer im Gesamtbetrag</translation>
    </message>
</context>
<context>
    <name>CoreOptions</name>
    <message>
        <source>Settings file (INI) to read first.</source>
        <translation>Einstellungsdatei (INI), die zuerst gelesen wird.</translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user@host:port/dbname for a store whose terminals share one PostgreSQL database.</source>
        <translation>SQLite-Datenbankdatei oder postgresql://benutzer@host:port/dbname für einen Laden, dessen Kassen sich eine PostgreSQL-Datenbank teilen.</translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password (or set QUIRE_DB_PASSWORD).</source>
        <translation>Datei mit dem PostgreSQL-Passwort (oder QUIRE_DB_PASSWORD setzen).</translation>
    </message>
    <message>
        <source>This terminal&apos;s name among those sharing the database (default counter-1).</source>
        <translation>Name dieser Kasse unter denen, die sich die Datenbank teilen (Standard: counter-1).</translation>
    </message>
    <message>
        <source>Payment gateway API base URL.</source>
        <translation>Basis-URL der API des Zahlungsdienstes.</translation>
    </message>
    <message>
        <source>File holding the gateway&apos;s secret API key (or set QUIRE_GATEWAY_API_KEY).</source>
        <translation>Datei mit dem geheimen API-Schlüssel des Zahlungsdienstes (oder QUIRE_GATEWAY_API_KEY setzen).</translation>
    </message>
    <message>
        <source>File holding the webhook signing secret(s), one per line (or set QUIRE_WEBHOOK_SECRETS).</source>
        <translation>Datei mit dem oder den Signaturgeheimnissen der Webhooks, eines pro Zeile (oder QUIRE_WEBHOOK_SECRETS setzen).</translation>
    </message>
    <message>
        <source>Where gateway callbacks arrive, HOST:PORT (port 0: any free port).</source>
        <translation>Wo Rückmeldungen des Zahlungsdienstes ankommen, HOST:PORT (Port 0: ein freier Port).</translation>
    </message>
    <message>
        <source>Seconds a customer has on the payment page.</source>
        <translation>Sekunden, die die Kundschaft auf der Zahlungsseite hat.</translation>
    </message>
    <message>
        <source>Self-service kiosk: full screen, customers sign in themselves, only a manager&apos;s PIN leaves it.</source>
        <translation>Selbstbedienungskiosk: Vollbild, die Kundschaft meldet sich selbst an, nur die PIN der Filialleitung beendet ihn.</translation>
    </message>
    <message>
        <source>Kiosk: seconds without a touch before &quot;still there?&quot; (default 60).</source>
        <translation>Kiosk: Sekunden ohne Berührung vor „Noch da?“ (Standard 60).</translation>
    </message>
    <message>
        <source>Kiosk: the same while the payment page is open (default 180).</source>
        <translation>Kiosk: dasselbe, solange die Zahlungsseite offen ist (Standard 180).</translation>
    </message>
    <message>
        <source>Kiosk: seconds the &quot;still there?&quot; countdown lasts (default 20).</source>
        <translation>Kiosk: Dauer des „Noch da?“-Countdowns in Sekunden (Standard 20).</translation>
    </message>
    <message>
        <source>Offline demo: its own database in the user&apos;s data folder, demo catalog and users, the bundled gateway simulator. --demo=ephemeral keeps everything in a temporary folder deleted on exit.</source>
        <translation>Offline-Demo: eigene Datenbank im Datenordner des Benutzers, Demo-Katalog und -Benutzer, der mitgelieferte Zahlungssimulator. --demo=ephemeral hält alles in einem temporären Ordner, der beim Beenden gelöscht wird.</translation>
    </message>
    <message>
        <source>Where the demo keeps its database: persistent or ephemeral.</source>
        <translation>Wo die Demo ihre Datenbank ablegt: persistent oder ephemeral.</translation>
    </message>
    <message>
        <source>The PIN pepper file; every terminal of a store needs a copy of the same one (default: pin-pepper in the user&apos;s config folder).</source>
        <translation>Die PIN-Pepper-Datei; jedes Terminal eines Geschäfts braucht eine Kopie derselben Datei (Standard: pin-pepper im Konfigurationsordner des Benutzers).</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds between 1 and 86400, not &apos;%2&apos;</source>
        <translation>%1 muss eine Anzahl Sekunden zwischen 1 und 86400 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be off, persistent or ephemeral, not &apos;%2&apos;</source>
        <translation>%1 muss off, persistent oder ephemeral sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not &apos;%2&apos;</source>
        <translation>%1 muss aus 1 bis 40 Buchstaben, Ziffern, „.“, „_“ oder „-“ bestehen, nicht „%2“</translation>
    </message>
    <message>
        <source>settings file %1 cannot be read or is malformed</source>
        <translation>die Einstellungsdatei %1 kann nicht gelesen werden oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address</source>
        <translation>%1: „%2“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--config: cannot read %1</source>
        <translation>--config: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--demo-storage must be persistent or ephemeral</source>
        <translation>--demo-storage muss persistent oder ephemeral sein</translation>
    </message>
    <message>
        <source>database password file %1 cannot be read: %2</source>
        <translation>die Passwortdatei der Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>„%1“ hat nicht die Form HOST:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port</source>
        <translation>„%1“ hat keinen gültigen Port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Your books and the total appear here as they are scanned.</source>
        <translation>Ihre Bücher und die Summe erscheinen hier, sobald sie gescannt werden.</translation>
    </message>
    <message>
        <source>Your books</source>
        <translation>Ihre Bücher</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Zu zahlende Summe</translation>
    </message>
    <message>
        <source>Code to scan with your phone</source>
        <translation>Code zum Scannen mit Ihrem Telefon</translation>
    </message>
    <message>
        <source>Scan to pay on your phone</source>
        <translation>Scannen und mit dem Telefon bezahlen</translation>
    </message>
</context>
<context>
    <name>IdleLockOverlay</name>
    <message>
        <source>PIN keypad</source>
        <translation>PIN-Tastenfeld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>User name, e-mail or card number</source>
        <translation>Benutzername, E-Mail oder Kartennummer</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN keypad</source>
        <translation>PIN-Tastenfeld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>New customer? Create an account</source>
        <translation>Neu hier? Konto anlegen</translation>
    </message>
    <message>
        <source>Demo accounts (tap to fill in):</source>
        <translation>Demokonten (zum Ausfüllen antippen):</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demokonten</translation>
    </message>
    <message>
        <source>Welcome to Quire. There is no manager yet: create the first manager account. There is no default password.</source>
        <translation>Willkommen bei Quire. Es gibt noch keine Filialleitung: legen Sie das erste Leitungskonto an. Ein Standardpasswort gibt es nicht.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Manager user name</source>
        <translation>Benutzername der Filialleitung</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Manager display name</source>
        <translation>Anzeigename der Filialleitung</translation>
    </message>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (6 Ziffern)</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>Create manager and sign in</source>
        <translation>Filialleitung anlegen und anmelden</translation>
    </message>
    <message>
        <source>Create your customer account. Give an e-mail address, a loyalty-card number, or both.</source>
        <translation>Legen Sie Ihr Kundenkonto an. Geben Sie eine E-Mail-Adresse, eine Kundenkartennummer oder beides an.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>Loyalty-card number</source>
        <translation>Kundenkartennummer</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>Hinweis Demomodus</translation>
    </message>
    <message>
        <source>Demo — no real payments</source>
        <translation>Demo – keine echten Zahlungen</translation>
    </message>
    <message>
        <source>Store activity</source>
        <translation>Aktivität im Laden</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Import catalog…</source>
        <translation>Katalog importieren …</translation>
    </message>
    <message>
        <source>Load titles from a CSV file (managers)</source>
        <translation>Titel aus einer CSV-Datei laden (Filialleitung)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
</context>
<context>
    <name>ManagerOverrideDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch die Filialleitung</translation>
    </message>
    <message>
        <source>Manager user name</source>
        <translation>Benutzername der Filialleitung</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN der Filialleitung</translation>
    </message>
    <message>
        <source>Manager PIN keypad</source>
        <translation>PIN-Tastenfeld der Filialleitung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>MyOrdersPage</name>
    <message>
        <source>My orders</source>
        <translation>Meine Bestellungen</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Ihre Bestellungen</translation>
    </message>
    <message>
        <source>About your orders</source>
        <translation>Zu Ihren Bestellungen</translation>
    </message>
    <message>
        <source>Refresh my orders</source>
        <translation>Meine Bestellungen aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open the chosen order</source>
        <translation>Gewählte Bestellung öffnen</translation>
    </message>
    <message>
        <source>Open order / ask for a refund</source>
        <translation>Bestellung öffnen / Erstattung anfragen</translation>
    </message>
    <message>
        <source>Back to my orders</source>
        <translation>Zurück zu meinen Bestellungen</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <source>Payment outcome</source>
        <translation>Ergebnis der Zahlung</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file</source>
        <translation>Beleg als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Try the payment again</source>
        <translation>Zahlung erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Start a new sale</source>
        <translation>Neuen Verkauf beginnen</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Titles not available</source>
        <translation>Nicht verfügbare Titel</translation>
    </message>
    <message>
        <source>Print the receipt (Enter)</source>
        <translation>Den Beleg drucken (Eingabe)</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file (Enter)</source>
        <translation>Den Beleg als PDF-Datei speichern (Eingabe)</translation>
    </message>
    <message>
        <source>Cancel the order (Enter)</source>
        <translation>Die Bestellung stornieren (Eingabe)</translation>
    </message>
    <message>
        <source>Try the payment again (Enter, Ctrl+Return or F12)</source>
        <translation>Die Zahlung erneut versuchen (Eingabe, Strg+Eingabe oder F12)</translation>
    </message>
    <message>
        <source>Start a new sale (Enter)</source>
        <translation>Einen neuen Verkauf beginnen (Eingabe)</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Zu zahlender Betrag</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Zahlung abbrechen</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Zahlung abbrechen</translation>
    </message>
    <message>
        <source>Start the payment over with a new page</source>
        <translation>Die Zahlung mit einer neuen Seite neu beginnen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start over with a new payment page (F12)</source>
        <translation>Mit einer neuen Zahlungsseite neu beginnen (F12)</translation>
    </message>
    <message>
        <source>Cancel the payment (Escape)</source>
        <translation>Die Zahlung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Show the payment page&apos;s code on the customer display, for the customer&apos;s phone (F11)</source>
        <translation>Den Code der Zahlungsseite auf der Kundenanzeige zeigen, für das Telefon des Kunden (F11)</translation>
    </message>
    <message>
        <source>Let the customer pay on their phone</source>
        <translation>Den Kunden mit dem eigenen Telefon zahlen lassen</translation>
    </message>
    <message>
        <source>Customer pays on their phone</source>
        <translation>Kunde zahlt mit dem Telefon</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>6-digit PIN</source>
        <translation>6-stellige PIN</translation>
    </message>
    <message>
        <source>Digit 1</source>
        <translation>Ziffer 1</translation>
    </message>
    <message>
        <source>Digit 2</source>
        <translation>Ziffer 2</translation>
    </message>
    <message>
        <source>Digit 3</source>
        <translation>Ziffer 3</translation>
    </message>
    <message>
        <source>Digit 4</source>
        <translation>Ziffer 4</translation>
    </message>
    <message>
        <source>Digit 5</source>
        <translation>Ziffer 5</translation>
    </message>
    <message>
        <source>Digit 6</source>
        <translation>Ziffer 6</translation>
    </message>
    <message>
        <source>Digit 7</source>
        <translation>Ziffer 7</translation>
    </message>
    <message>
        <source>Digit 8</source>
        <translation>Ziffer 8</translation>
    </message>
    <message>
        <source>Digit 9</source>
        <translation>Ziffer 9</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>PIN löschen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Digit 0</source>
        <translation>Ziffer 0</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
</context>
<context>
    <name>RefundPage</name>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Receipt number or customer</source>
        <translation>Belegnummer oder Kundschaft</translation>
    </message>
    <message>
        <source>Scan or type the receipt number, or a customer&apos;s name or e-mail</source>
        <translation>Belegnummer scannen oder eingeben, oder Name bzw. E-Mail der Kundschaft</translation>
    </message>
    <message>
        <source>Only orders between two dates</source>
        <translation>Nur Bestellungen zwischen zwei Daten</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>Find orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Orders found</source>
        <translation>Gefundene Bestellungen</translation>
    </message>
    <message>
        <source>Chosen order</source>
        <translation>Gewählte Bestellung</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Zu erstattende Positionen</translation>
    </message>
    <message>
        <source>Refund every copy</source>
        <translation>Jedes Exemplar erstatten</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>&amp;Alle wählen</translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation>Erstattungssumme</translation>
    </message>
    <message>
        <source>Confirm refund</source>
        <translation>Erstattung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <source>Refund result</source>
        <translation>Ergebnis der Erstattung</translation>
    </message>
    <message>
        <source>Refunds of this order</source>
        <translation>Erstattungen dieser Bestellung</translation>
    </message>
    <message>
        <source>Try the failed refund again</source>
        <translation>Fehlgeschlagene Erstattung erneut versuchen</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Print the refund receipt</source>
        <translation>Erstattungsbeleg drucken</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Beleg &amp;drucken</translation>
    </message>
    <message>
        <source>Save the refund receipt as PDF</source>
        <translation>Erstattungsbeleg als PDF speichern</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Als P&amp;DF speichern</translation>
    </message>
    <message>
        <source>Give the cash back</source>
        <translation>Bargeld zurückgeben</translation>
    </message>
    <message>
        <source>Give the &amp;cash back</source>
        <translation>&amp;Bargeld zurückgeben</translation>
    </message>
</context>
<context>
    <name>ServiceStatusWidget</name>
    <message>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>Payment service status</source>
        <translation>Status des Zahlungsdienstes</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Warnungen</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>Ausgewählten Benutzer sperren oder freigeben</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Unlock the selected user</source>
        <translation>Ausgewählten Benutzer entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>New PIN for the selected user</source>
        <translation>Neue PIN für den ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Reset the PIN of the selected user</source>
        <translation>PIN des ausgewählten Benutzers zurücksetzen</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rolle des neuen Benutzers</translation>
    </message>
    <message>
        <source>User name or e-mail</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>User name, or e-mail for a customer</source>
        <translation>Benutzername, bei Kundschaft die E-Mail</translation>
    </message>
    <message>
        <source>Loyalty card (customers)</source>
        <translation>Kundenkarte (Kundschaft)</translation>
    </message>
    <message>
        <source>Loyalty-card number</source>
        <translation>Kundenkartennummer</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Display name of the new user</source>
        <translation>Anzeigename des neuen Benutzers</translation>
    </message>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (6 Ziffern)</translation>
    </message>
    <message>
        <source>PIN of the new user</source>
        <translation>PIN des neuen Benutzers</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quire cannot start</source>
        <translation>Quire kann nicht starten</translation>
    </message>
    <message>
        <source>Point of sale and self-service kiosk for bookstores.</source>
        <translation>Kassensystem und Selbstbedienungskiosk für Buchhandlungen.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into %3; %4 refused.</source>
        <translation>%1 von %2 Zeilen in %3 importiert; %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Quire Demo Books</source>
        <translation>Quire Demo-Buchhandlung</translation>
    </message>
    <message>
        <source>Bookshop</source>
        <translation>Buchhandlung</translation>
    </message>
    <message>
        <source>Thank you for reading with us</source>
        <translation>Danke, dass Sie bei uns lesen</translation>
    </message>
    <message>
        <source>Run the core without a window: callbacks, reconciliation, timeouts and alerts.</source>
        <translation>Den Kern ohne Fenster ausführen: Rückmeldungen, Abgleich, Zeitüberschreitungen und Warnungen.</translation>
    </message>
    <message>
        <source>Import a catalog CSV file into the database and exit (see docs/catalog.md).</source>
        <translation>Eine Katalog-CSV-Datei in die Datenbank importieren und beenden (siehe docs/catalog.md).</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>datei.csv</translation>
    </message>
    <message>
        <source>With --import-catalog: import nothing if any row is bad.</source>
        <translation>Mit --import-catalog: nichts importieren, wenn eine Zeile fehlerhaft ist.</translation>
    </message>
    <message>
        <source>Start in this language (en, de, fr; default: the one chosen last, else the system&apos;s).</source>
        <translation>In dieser Sprache starten (en, de, fr; Standard: die zuletzt gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <source>--migrate-to needs a postgresql:// URL</source>
        <translation>--migrate-to braucht eine postgresql://-URL</translation>
    </message>
    <message>
        <source>Copied %1 into %2; counts and totals match.</source>
        <translation>%1 nach %2 kopiert; Anzahlen und Summen stimmen überein.</translation>
    </message>
    <message>
        <source>Demo panel</source>
        <translation>Demo-Steuerung</translation>
    </message>
    <message>
        <source>Copy the store in --db into a new PostgreSQL database, check counts and totals, and exit (see docs/deployment.md).</source>
        <translation>Den Laden aus --db in eine neue PostgreSQL-Datenbank kopieren, Anzahlen und Summen prüfen und beenden (siehe docs/deployment.md).</translation>
    </message>
    <message>
        <source>Kiosk mode needs a manager account first: it is what leaves the kiosk and approves refunds. Start Quire once without --kiosk, set up the manager at the sign-in screen, then start the kiosk again.</source>
        <translation>Der Kioskmodus braucht zuerst ein Konto der Filialleitung: Damit wird der Kiosk verlassen und werden Erstattungen genehmigt. Starten Sie Quire einmal ohne --kiosk, richten Sie die Filialleitung am Anmeldebildschirm ein und starten Sie dann den Kiosk erneut.</translation>
    </message>
</context>
<context>
    <name>quire::AccessPolicy</name>
    <message>
        <source>Sign in to see your orders.</source>
        <translation>Melden Sie sich an, um Ihre Bestellungen zu sehen.</translation>
    </message>
    <message>
        <source>That order is not yours.</source>
        <translation>Diese Bestellung gehört nicht Ihnen.</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in first.</source>
        <translation>Niemand ist angemeldet: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>This account is disabled or no longer exists.</source>
        <translation>Dieses Konto ist deaktiviert oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Ihre Rolle darf das nicht.</translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation>nicht erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>quire::AccessibleNames</name>
    <message>
        <source>Clear the field</source>
        <translation>Das Feld leeren</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>quire::AnnouncedAddress</name>
    <message>
        <source>%1 exited (exit code %2) before saying where it listens</source>
        <translation>%1 wurde beendet (Exit-Code %2), bevor es meldete, wo es erreichbar ist</translation>
    </message>
    <message>
        <source>%1 did not say where it listens within %2 ms</source>
        <translation>%1 hat nicht innerhalb von %2 ms gemeldet, wo es erreichbar ist</translation>
    </message>
    <message>
        <source>%1 printed &apos;%2&apos; instead of where it listens</source>
        <translation>%1 hat „%2“ ausgegeben statt der Adresse, unter der es erreichbar ist</translation>
    </message>
</context>
<context>
    <name>quire::AttractScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation>Begrüßungsbildschirm</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>Featured classics</source>
        <translation>Ausgewählte Klassiker</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Zum Starten berühren</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Easier to use:</source>
        <translation>Leichter bedienen:</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Speech on headphones</source>
        <translation>Sprachausgabe über Kopfhörer</translation>
    </message>
    <message>
        <source>Plug headphones into the jack below the screen. F2 also turns speech on and off.</source>
        <translation>Stecken Sie Kopfhörer in die Buchse unter dem Bildschirm. Auch F2 schaltet die Sprachausgabe ein und aus.</translation>
    </message>
</context>
<context>
    <name>quire::AuthService</name>
    <message>
        <source>An account with this e-mail address or card already exists.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse oder Karte gibt es bereits.</translation>
    </message>
    <message>
        <source>manager approval refused</source>
        <translation>Freigabe der Filialleitung verweigert</translation>
    </message>
</context>
<context>
    <name>quire::Authentication</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>quire::BookPriceLaw</name>
    <message>
        <source>“%1” is price-bound: the German book-price law (BuchPrG) allows no discount on it, except a damaged copy, own staff or a teacher&apos;s copy (§ 7).</source>
        <translation>„%1“ ist preisgebunden: Das Buchpreisbindungsgesetz (BuchPrG) erlaubt darauf keinen Rabatt, außer bei einem Mängelexemplar, für eigene Mitarbeiter oder ein Prüfstück für Lehrkräfte (§ 7).</translation>
    </message>
    <message>
        <source>“%1” is price-bound: the French book-price law (loi Lang) allows at most 5 % off its price.</source>
        <translation>„%1“ ist preisgebunden: Das französische Buchpreisgesetz (loi Lang) erlaubt höchstens 5 % Rabatt auf seinen Preis.</translation>
    </message>
</context>
<context>
    <name>quire::BookRepository</name>
    <message>
        <source>book %1 has no price</source>
        <translation>Buch %1 hat keinen Preis</translation>
    </message>
    <message>
        <source>no book with ISBN %1 in the catalog</source>
        <translation>kein Buch mit der ISBN %1 im Katalog</translation>
    </message>
    <message>
        <source>book %1 has a damaged price: %2</source>
        <translation>Buch %1 hat einen beschädigten Preis: %2</translation>
    </message>
    <message>
        <source>book %1 has an unknown tax category &apos;%2&apos;</source>
        <translation>Buch %1 hat eine unbekannte Steuerkategorie „%2“</translation>
    </message>
</context>
<context>
    <name>quire::CallbackProcessor</name>
    <message>
        <source>The gateway could not refund payment %1: %2</source>
        <translation>Der Zahlungsdienst konnte Zahlung %1 nicht erstatten: %2</translation>
    </message>
</context>
<context>
    <name>quire::Cart</name>
    <message>
        <source>“%1” is out of stock.</source>
        <translation>„%1“ ist nicht vorrätig.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n cop(ies) of “%1” in stock, %2 wanted.</source>
        <translation>
            <numerusform>Nur %n Exemplar von „%1“ vorrätig, %2 gewünscht.</numerusform>
            <numerusform>Nur %n Exemplare von „%1“ vorrätig, %2 gewünscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cart needs a session key.</source>
        <translation>Ein Warenkorb braucht einen Sitzungsschlüssel.</translation>
    </message>
    <message>
        <source>Add at least one copy.</source>
        <translation>Mindestens ein Exemplar hinzufügen.</translation>
    </message>
    <message>
        <source>No book with ISBN %1 in the catalog.</source>
        <translation>Kein Buch mit der ISBN %1 im Katalog.</translation>
    </message>
    <message>
        <source>“%1” is priced in %2, but this cart is in %3: sell it separately.</source>
        <translation>„%1“ ist in %2 ausgezeichnet, dieser Warenkorb aber in %3: bitte getrennt verkaufen.</translation>
    </message>
    <message>
        <source>The cart line for %1 vanished.</source>
        <translation>Die Warenkorbzeile für %1 ist verschwunden.</translation>
    </message>
    <message>
        <source>A line needs at least one copy; remove it instead.</source>
        <translation>Eine Zeile braucht mindestens ein Exemplar; entfernen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>%1 is not in the cart.</source>
        <translation>%1 ist nicht im Warenkorb.</translation>
    </message>
    <message>
        <source>No item with code %1 in the catalog.</source>
        <translation>Kein Artikel mit dem Code %1 im Katalog.</translation>
    </message>
    <message>
        <source>“%1” has no fixed price: use its key and enter the price.</source>
        <translation>„%1“ hat keinen festen Preis: Verwenden Sie die Schnelltaste und geben Sie den Preis ein.</translation>
    </message>
    <message>
        <source>Add at least one.</source>
        <translation>Fügen Sie mindestens einen hinzu.</translation>
    </message>
    <message>
        <source>Enter a price above zero.</source>
        <translation>Geben Sie einen Preis über null ein.</translation>
    </message>
    <message>
        <source>A price above %1 needs a manager&apos;s approval.</source>
        <translation>Ein Preis über %1 braucht die Freigabe der Filialleitung.</translation>
    </message>
    <message>
        <source>“%1” has a fixed price; its price cannot be entered.</source>
        <translation>„%1“ hat einen festen Preis; er kann nicht eingegeben werden.</translation>
    </message>
    <message>
        <source>“%1” is sold in %2, not %3.</source>
        <translation>„%1“ wird in %2 verkauft, nicht in %3.</translation>
    </message>
    <message>
        <source>That line is not in the cart any more.</source>
        <translation>Diese Position ist nicht mehr im Warenkorb.</translation>
    </message>
    <message>
        <source>The store gives discounts in percent only.</source>
        <translation>Das Geschäft gewährt Rabatte nur in Prozent.</translation>
    </message>
    <message>
        <source>The store&apos;s discounts go up to %1; this one is %2.</source>
        <translation>Die Rabatte des Geschäfts gehen bis %1; dieser beträgt %2.</translation>
    </message>
    <message>
        <source>A discount above %1 needs a manager&apos;s approval.</source>
        <translation>Ein Rabatt über %1 braucht die Freigabe einer Filialleitung.</translation>
    </message>
    <message>
        <source>Give a reason for the discount.</source>
        <translation>Geben Sie einen Grund für den Rabatt an.</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to discount.</source>
        <translation>Der Warenkorb ist leer: Es gibt nichts zu rabattieren.</translation>
    </message>
    <message>
        <source>Every title in this cart is price-bound: the book-price law allows no order discount on them.</source>
        <translation>Jeder Titel in diesem Warenkorb ist preisgebunden: Die Buchpreisbindung erlaubt darauf keinen Bestellrabatt.</translation>
    </message>
</context>
<context>
    <name>quire::CartModel</name>
    <message>
        <source>Out of stock: remove this line.</source>
        <translation>Nicht vorrätig: diese Zeile entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n cop(ies) in stock: lower the quantity.</source>
        <translation>
            <numerusform>Nur %n Exemplar vorrätig: Menge verringern.</numerusform>
            <numerusform>Nur %n Exemplare vorrätig: Menge verringern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number of copies.</source>
        <translation>Eine Anzahl Exemplare eingeben.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No such cart line.</source>
        <translation>Diese Warenkorbzeile gibt es nicht.</translation>
    </message>
    <message>
        <source>%1
Discount: %2 (%3)</source>
        <translation>%1
Rabatt: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>quire::CartPage</name>
    <message>
        <source>Total: —</source>
        <translation>Summe: —</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>“%1” is out of stock</source>
        <translation>„%1“ ist nicht vorrätig</translation>
    </message>
    <message numerus="yes">
        <source>only %n of “%1” in stock</source>
        <translation>
            <numerusform>nur %n Exemplar von „%1“ vorrätig</numerusform>
            <numerusform>nur %n Exemplare von „%1“ vorrätig</numerusform>
        </translation>
    </message>
    <message>
        <source>The cart is empty. Scan a book or search the catalog.</source>
        <translation>Der Warenkorb ist leer. Scannen Sie ein Buch oder durchsuchen Sie den Katalog.</translation>
    </message>
    <message>
        <source>Not enough stock: %1. Lower the quantity or remove the line.</source>
        <translation>Nicht genug Bestand: %1. Menge verringern oder Zeile entfernen.</translation>
    </message>
    <message>
        <source>Sign in to give a discount.</source>
        <translation>Melden Sie sich an, um einen Rabatt zu gewähren.</translation>
    </message>
    <message>
        <source>A discount of %1, above %2</source>
        <translation>Ein Rabatt von %1, über %2</translation>
    </message>
    <message>
        <source>No discount given: above %1 a manager approves it.</source>
        <translation>Kein Rabatt gewährt: Über %1 gibt ihn eine Filialleitung frei.</translation>
    </message>
    <message>
        <source>&amp;Discount on line…</source>
        <translation>&amp;Rabatt auf Zeile…</translation>
    </message>
    <message>
        <source>Discount on the selected line</source>
        <translation>Rabatt auf die gewählte Zeile</translation>
    </message>
    <message>
        <source>Order disc&amp;ount…</source>
        <translation>Bestell&amp;rabatt…</translation>
    </message>
    <message>
        <source>Discount on the whole order</source>
        <translation>Rabatt auf die ganze Bestellung</translation>
    </message>
    <message>
        <source>Total: %1 (order discount %2, %3)</source>
        <translation>Summe: %1 (Bestellrabatt %2, %3)</translation>
    </message>
</context>
<context>
    <name>quire::CartRepository</name>
    <message>
        <source>the cart for %1 vanished</source>
        <translation>der Warenkorb für %1 ist verschwunden</translation>
    </message>
    <message>
        <source>book %1 has a damaged price: %2</source>
        <translation>Buch %1 hat einen beschädigten Preis: %2</translation>
    </message>
    <message>
        <source>%1 is not in the cart</source>
        <translation>%1 ist nicht im Warenkorb</translation>
    </message>
    <message>
        <source>the cart line for %1 vanished</source>
        <translation>die Warenkorbposition für %1 ist verschwunden</translation>
    </message>
    <message>
        <source>that line is not in the cart</source>
        <translation>diese Position ist nicht im Warenkorb</translation>
    </message>
</context>
<context>
    <name>quire::CashDrawer</name>
    <message>
        <source>The drawer&apos;s printer %1 cannot be opened: %2</source>
        <translation>Der Drucker der Kassenlade %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The drawer&apos;s printer %1 did not take the pulse: %2</source>
        <translation>Der Drucker der Kassenlade %1 hat den Öffnungsimpuls nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 ist nicht rechtzeitig fertig geworden</translation>
    </message>
    <message>
        <source>The print queue %1 refused the pulse: %2</source>
        <translation>Die Druckwarteschlange %1 hat den Öffnungsimpuls abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>quire::CashMovementDialog</name>
    <message>
        <source>Record and open the drawer</source>
        <translation>Buchen und Lade öffnen</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Bargeld ein oder aus</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Paid-out</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Bank drop</source>
        <translation>Bankeinzahlung</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>Kein Verkauf</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Geben Sie den Grund an.</translation>
    </message>
</context>
<context>
    <name>quire::CatalogImportDialog</name>
    <message>
        <source>Choose a catalog file</source>
        <translation>Katalogdatei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Only a manager may import the catalog.</source>
        <translation>Nur die Filialleitung darf den Katalog importieren.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cancelling: undoing the import…</source>
        <translation>Abbruch: der Import wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>%1 rows read; saving…</source>
        <translation>%1 Zeilen gelesen; wird gespeichert …</translation>
    </message>
    <message>
        <source>%1 of about %2 rows read</source>
        <translation>%1 von etwa %2 Zeilen gelesen</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 Zeilen gelesen</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Imported all %1 rows.</source>
        <translation>Alle %1 Zeilen importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %2 rows. %n row(s) were refused and are listed below.</source>
        <translation>
            <numerusform>%1 von %2 Zeilen importiert. %n Zeile wurde abgelehnt und ist unten aufgeführt.</numerusform>
            <numerusform>%1 von %2 Zeilen importiert. %n Zeilen wurden abgelehnt und sind unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported (strict): %n row(s) are bad, listed below.</source>
        <translation>
            <numerusform>Nichts wurde importiert (streng): %n Zeile ist fehlerhaft, unten aufgeführt.</numerusform>
            <numerusform>Nichts wurde importiert (streng): %n Zeilen sind fehlerhaft, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>quire::CatalogImporter</name>
    <message>
        <source>bad price &quot;%1&quot;: write digits with a decimal point, like 12.50</source>
        <translation>ungültiger Preis „%1“: Ziffern mit Dezimalpunkt schreiben, etwa 12.50</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: a price cannot be negative</source>
        <translation>ungültiger Preis „%1“: ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: too large</source>
        <translation>ungültiger Preis „%1“: zu groß</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: %2 has no decimals</source>
        <translation>ungültiger Preis „%1“: %2 hat keine Nachkommastellen</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: %2 has only %3 decimals</source>
        <translation>ungültiger Preis „%1“: %2 hat nur %3 Nachkommastellen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is empty: the first line must name the columns</source>
        <translation>die Datei ist leer: die erste Zeile muss die Spalten benennen</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>Spalte „%1“ kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1</source>
        <translation>in der Kopfzeile fehlen die Spalten %1</translation>
    </message>
    <message>
        <source>cannot prepare the catalog update: %1</source>
        <translation>die Katalogaktualisierung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>der Import wurde abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text</source>
        <translation>die Zeile ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>missing title</source>
        <translation>Titel fehlt</translation>
    </message>
    <message>
        <source>bad currency &quot;%1&quot;: use an ISO 4217 code such as EUR</source>
        <translation>ungültige Währung „%1“: einen ISO-4217-Code wie EUR verwenden</translation>
    </message>
    <message>
        <source>bad stock &quot;%1&quot;: write a whole number of copies</source>
        <translation>ungültiger Bestand „%1“: eine ganze Zahl von Exemplaren angeben</translation>
    </message>
    <message>
        <source>negative stock (%1)</source>
        <translation>negativer Bestand (%1)</translation>
    </message>
    <message>
        <source>ISBN %1 is already on line %2</source>
        <translation>ISBN %1 steht schon in Zeile %2</translation>
    </message>
    <message>
        <source>line %1: the catalog update failed: %2</source>
        <translation>Zeile %1: die Katalogaktualisierung ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are bad; strict import changed nothing</source>
        <translation>
            <numerusform>%n Zeile ist fehlerhaft; der strenge Import hat nichts geändert</numerusform>
            <numerusform>%n Zeilen sind fehlerhaft; der strenge Import hat nichts geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>bad tax category &quot;%1&quot;: use reduced, standard, zero or exempt</source>
        <translation>ungültige Steuerkategorie „%1“: erlaubt sind reduced, standard, zero oder exempt</translation>
    </message>
    <message>
        <source>bad kind &quot;%1&quot;: use book or item</source>
        <translation>ungültige Art „%1“: verwenden Sie book oder item</translation>
    </message>
    <message>
        <source>%1 is not a book barcode: ISBNs start with 978 or 979 (write kind item for other goods)</source>
        <translation>%1 ist kein Buch-Strichcode: ISBNs beginnen mit 978 oder 979 (für andere Waren kind item angeben)</translation>
    </message>
    <message>
        <source>code %1 is already on line %2</source>
        <translation>Code %1 steht schon in Zeile %2</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; in the header (expected isbn or code, title, authors, price, currency, stock and optionally cover_path, tax_category, kind and price_bound)</source>
        <translation>unbekannte Spalte „%1“ in der Kopfzeile (erwartet: isbn oder code, title, authors, price, currency, stock und optional cover_path, tax_category, kind und price_bound)</translation>
    </message>
    <message>
        <source>bad price_bound &quot;%1&quot;: use yes or no</source>
        <translation>ungültiges price_bound „%1“: verwenden Sie yes oder no</translation>
    </message>
    <message>
        <source>only books can be price-bound, not items</source>
        <translation>nur Bücher können preisgebunden sein, keine Artikel</translation>
    </message>
</context>
<context>
    <name>quire::CatalogModel</name>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>ISBN %1</source>
        <translation>ISBN %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Open price</source>
        <translation>Freier Preis</translation>
    </message>
    <message>
        <source>Not counted: always available</source>
        <translation>Nicht gezählt: immer verfügbar</translation>
    </message>
    <message>
        <source>Use its quick-sale key and enter the price</source>
        <translation>Schnelltaste verwenden und den Preis eingeben</translation>
    </message>
</context>
<context>
    <name>quire::CatalogPage</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No book matches “%1”.</source>
        <translation>Kein Buch passt zu „%1“.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Added “%1” (%2 in the cart).</source>
        <translation>„%1“ hinzugefügt (%2 im Warenkorb).</translation>
    </message>
    <message>
        <source>Added “%1” at %2.</source>
        <translation>„%1“ für %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added “%1” at %2 (%3 in the cart).</source>
        <translation>„%1“ für %2 hinzugefügt (%3 im Warenkorb).</translation>
    </message>
</context>
<context>
    <name>quire::CatalogSearch</name>
    <message>
        <source>Book %1 has a damaged price: %2</source>
        <translation>Buch %1 hat einen beschädigten Preis: %2</translation>
    </message>
</context>
<context>
    <name>quire::CheckoutLineItems</name>
    <message>
        <source>Sales tax</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>%1 (discounted)</source>
        <translation>%1 (rabattiert)</translation>
    </message>
    <message>
        <source>%1 × %2 (discounted)</source>
        <translation>%1 × %2 (rabattiert)</translation>
    </message>
</context>
<context>
    <name>quire::CheckoutPage</name>
    <message>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>The payment page could not be loaded. Wait a moment, or cancel and try again.</source>
        <translation>Die Zahlungsseite konnte nicht geladen werden. Warten Sie einen Moment oder brechen Sie ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Finish the current checkout first.</source>
        <translation>Schließen Sie zuerst den laufenden Bezahlvorgang ab.</translation>
    </message>
    <message>
        <source>The current order is still open: try again or cancel it.</source>
        <translation>Die aktuelle Bestellung ist noch offen: erneut versuchen oder stornieren.</translation>
    </message>
    <message>
        <source>This order cannot be made: %1</source>
        <translation>Diese Bestellung ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Der Warenkorb ist leer.</translation>
    </message>
    <message>
        <source>Order %1 is no longer open.</source>
        <translation>Bestellung %1 ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>The order could not be made: %1</source>
        <translation>Die Bestellung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The order is no longer open.</source>
        <translation>Die Bestellung ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>The order could not be cancelled: %1</source>
        <translation>Die Bestellung konnte nicht storniert werden: %1</translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation>Der Beleg konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Beleg gespeichert unter %1</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2 copies)</source>
        <translation>%1 (%2 Exemplare)</translation>
    </message>
    <message>
        <source>Invoice to %1: print it or save it as a PDF.</source>
        <translation>Rechnung an %1: drucken oder als PDF speichern.</translation>
    </message>
</context>
<context>
    <name>quire::CloseShiftDialog</name>
    <message>
        <source>Close the shift</source>
        <translation>Schicht schließen</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Kasse schließen</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>Anzahl %1</translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation>Gezählt %1</translation>
    </message>
    <message>
        <source>The drawer is right.</source>
        <translation>Die Kasse stimmt.</translation>
    </message>
    <message>
        <source>%1 over.</source>
        <translation>%1 Überschuss.</translation>
    </message>
    <message>
        <source>%1 short.</source>
        <translation>%1 Fehlbetrag.</translation>
    </message>
    <message>
        <source>Z report %1: expected %2, counted %3. %4</source>
        <translation>Z-Bericht %1: erwartet %2, gezählt %3. %4</translation>
    </message>
</context>
<context>
    <name>quire::ConfirmOrderScreen</name>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>incl. VAT %1</source>
        <translation>inkl. MwSt. %1</translation>
    </message>
    <message>
        <source>incl. sales tax %1</source>
        <translation>inkl. Umsatzsteuer %1</translation>
    </message>
</context>
<context>
    <name>quire::CoreServices</name>
    <message>
        <source>The database %1 is damaged (%2). No new payments are taken. Stop the till, restore the database from a backup and start again.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Es werden keine neuen Zahlungen angenommen. Kasse beenden, die Datenbank aus einer Sicherung wiederherstellen und neu starten.</translation>
    </message>
    <message>
        <source>no database: set --db or database/path</source>
        <translation>keine Datenbank: --db oder database/path setzen</translation>
    </message>
    <message>
        <source>cannot receive callbacks on %1:%2: %3</source>
        <translation>auf %1:%2 können keine Rückmeldungen empfangen werden: %3</translation>
    </message>
</context>
<context>
    <name>quire::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>Text nach einem schließenden Anführungszeichen (&quot;&quot; für ein Anführungszeichen innerhalb eines Feldes schreiben)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (put the field in quotes and write &quot;&quot; for the quote)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (das Feld in Anführungszeichen setzen und &quot;&quot; für das Zeichen schreiben)</translation>
    </message>
</context>
<context>
    <name>quire::CustomerDisplay</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Bezahlt: %1</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>The payment was declined. Please talk to the clerk.</source>
        <translation>Die Zahlung wurde abgelehnt. Bitte wenden Sie sich an die Kasse.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>Die Zahlung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped.</source>
        <translation>Die Zahlung hat zu lange gedauert und wurde beendet.</translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation>Die Bestellung wurde storniert.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached. Please talk to the clerk.</source>
        <translation>Der Zahlungsdienst ist nicht erreichbar. Bitte wenden Sie sich an die Kasse.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>The payment was refunded: %1</source>
        <translation>Die Zahlung wurde erstattet: %1</translation>
    </message>
    <message>
        <source>Preparing the payment for your phone…</source>
        <translation>Die Zahlung für Ihr Telefon wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation>Die Zahlung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Please pay at the counter.</source>
        <translation>Bitte bezahlen Sie an der Kasse.</translation>
    </message>
    <message>
        <source>The card was declined. You can try another card.</source>
        <translation>Die Karte wurde abgelehnt. Sie können eine andere Karte versuchen.</translation>
    </message>
    <message>
        <source>The card was declined. You can try another card on your phone.</source>
        <translation>Die Karte wurde abgelehnt. Sie können auf Ihrem Telefon eine andere Karte versuchen.</translation>
    </message>
</context>
<context>
    <name>quire::CustomerOrderHistory</name>
    <message>
        <source>order %1 is damaged in the database</source>
        <translation>Bestellung %1 ist in der Datenbank beschädigt</translation>
    </message>
</context>
<context>
    <name>quire::CustomerOrdersModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>nicht bezahlt</translation>
    </message>
    <message>
        <source>paid, partly refunded</source>
        <translation>bezahlt, teilweise erstattet</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>quire::DailyOverview</name>
    <message>
        <source>Choose a day.</source>
        <translation>Wählen Sie einen Tag.</translation>
    </message>
    <message>
        <source>The shifts of %1 are in more than one currency.</source>
        <translation>Die Schichten vom %1 sind in mehr als einer Währung.</translation>
    </message>
</context>
<context>
    <name>quire::DailyOverviewDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Daily overview</source>
        <translation>Tagesübersicht</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Shifts of the day</source>
        <translation>Schichten des Tages</translation>
    </message>
    <message>
        <source>Sales by clerk</source>
        <translation>Verkäufe nach Verkaufskraft</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Shift no.</source>
        <translation>Schicht-Nr.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Barverkäufe</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>Kartenverkäufe</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Barerstattungen</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Kartenerstattungen</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Erwartetes Bargeld</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Verkaufskraft</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>No shift was opened on %1.</source>
        <translation>Am %1 wurde keine Schicht geöffnet.</translation>
    </message>
    <message>
        <source>Day: cash sales %1, card sales %2, cash refunds %3, card refunds %4; difference of the closed shifts %5.</source>
        <translation>Tag: Barverkäufe %1, Kartenverkäufe %2, Barerstattungen %3, Kartenerstattungen %4; Differenz der geschlossenen Schichten %5.</translation>
    </message>
    <message>
        <source>Shifts still open: %1.</source>
        <translation>Noch offene Schichten: %1.</translation>
    </message>
    <message>
        <source>Save the daily overview</source>
        <translation>Tagesübersicht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The overview could not be saved: %1</source>
        <translation>Die Übersicht ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>Overview saved to %1</source>
        <translation>Übersicht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>quire::Database</name>
    <message>
        <source>the database URL is not a valid postgresql:// URL (postgresql://user@host:port/dbname)</source>
        <translation>die Datenbank-URL ist keine gültige postgresql://-URL (postgresql://benutzer@host:port/dbname)</translation>
    </message>
    <message>
        <source>the database URL must not contain a password: put it in --db-password-file or QUIRE_DB_PASSWORD</source>
        <translation>die Datenbank-URL darf kein Passwort enthalten: es gehört in --db-password-file oder QUIRE_DB_PASSWORD</translation>
    </message>
    <message>
        <source>the database URL needs a user and a host (postgresql://user@host:port/dbname)</source>
        <translation>die Datenbank-URL braucht einen Benutzer und einen Host (postgresql://benutzer@host:port/dbname)</translation>
    </message>
    <message>
        <source>the database URL needs a database name (postgresql://user@host:port/dbname)</source>
        <translation>die Datenbank-URL braucht einen Datenbanknamen (postgresql://benutzer@host:port/dbname)</translation>
    </message>
    <message>
        <source>cannot open a PostgreSQL database: Qt&apos;s QPSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>eine PostgreSQL-Datenbank kann nicht geöffnet werden: der QPSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the database URL has an unusable option %1</source>
        <translation>die Datenbank-URL enthält eine unbrauchbare Option %1</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot use database %1: %2</source>
        <translation>die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>cannot reconnect to database %1: %2</source>
        <translation>keine erneute Verbindung zur Datenbank %1 möglich: %2</translation>
    </message>
    <message>
        <source>cannot open database %1: folder %2 does not exist</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open database %1: not a file</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: keine Datei</translation>
    </message>
    <message>
        <source>database %1 is damaged (%2). It was left untouched: restore it from a backup, or choose another database.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Sie wurde nicht verändert: stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>cannot use database %1: write-ahead logging unavailable (got %2)</source>
        <translation>die Datenbank %1 kann nicht verwendet werden: Write-Ahead-Logging nicht verfügbar (erhalten: %2)</translation>
    </message>
    <message>
        <source>the connection to the database was lost (%1)</source>
        <translation>die Verbindung zur Datenbank wurde unterbrochen (%1)</translation>
    </message>
    <message>
        <source>the database is busy or locked by another program (%1)</source>
        <translation>die Datenbank ist ausgelastet oder von einem anderen Programm gesperrt (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the database %2 is lost; reconnecting</source>
        <translation>%1 fehlgeschlagen: die Verbindung zur Datenbank %2 ist unterbrochen; neue Verbindung wird aufgebaut</translation>
    </message>
</context>
<context>
    <name>quire::DatabaseMonitor</name>
    <message>
        <source>The store database (%1) cannot be reached. Payments are paused until it is back; Quire keeps trying to reconnect.</source>
        <translation>Die Ladendatenbank (%1) ist nicht erreichbar. Zahlungen ruhen, bis sie wieder da ist; Quire versucht weiter, sich zu verbinden.</translation>
    </message>
    <message numerus="yes">
        <source>The store database (%1) could not be reached for %n second(s), from %2.</source>
        <translation>
            <numerusform>Die Ladendatenbank (%1) war ab %2 %n Sekunde lang nicht erreichbar.</numerusform>
            <numerusform>Die Ladendatenbank (%1) war ab %2 %n Sekunden lang nicht erreichbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::DemoData</name>
    <message>
        <source>the demo catalog could not be loaded: %1</source>
        <translation>der Demo-Katalog konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Tüte</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Geschenkpapier</translation>
    </message>
</context>
<context>
    <name>quire::DemoPanel</name>
    <message>
        <source>Normal: the test card pays</source>
        <translation>Normal: die Testkarte zahlt</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>Karte abgelehnt</translation>
    </message>
    <message>
        <source>Customer cancels on the payment page</source>
        <translation>Kundschaft bricht auf der Zahlungsseite ab</translation>
    </message>
    <message>
        <source>Payment session times out</source>
        <translation>Zahlungssitzung läuft ab</translation>
    </message>
    <message>
        <source>Gateway does not answer</source>
        <translation>Zahlungsdienst antwortet nicht</translation>
    </message>
    <message>
        <source>Out of stock after payment</source>
        <translation>Nach der Zahlung nicht mehr vorrätig</translation>
    </message>
    <message>
        <source>Gateway sends every callback twice</source>
        <translation>Zahlungsdienst sendet jede Rückmeldung zweimal</translation>
    </message>
    <message>
        <source>Next payment: normal.</source>
        <translation>Nächste Zahlung: normal.</translation>
    </message>
    <message>
        <source>Next payment: %1.</source>
        <translation>Nächste Zahlung: %1.</translation>
    </message>
    <message>
        <source>Demo panel</source>
        <translation>Demo-Steuerung</translation>
    </message>
    <message>
        <source>Demo: force the next payment&apos;s outcome</source>
        <translation>Demo: Ergebnis der nächsten Zahlung erzwingen</translation>
    </message>
</context>
<context>
    <name>quire::DemoScenarios</name>
    <message>
        <source>The simulator did not take the scenario (%1).</source>
        <translation>Der Simulator hat das Szenario nicht übernommen (%1).</translation>
    </message>
    <message>
        <source>The stock could not be emptied: %1</source>
        <translation>Der Bestand konnte nicht geleert werden: %1</translation>
    </message>
</context>
<context>
    <name>quire::DiscountCalculator</name>
    <message>
        <source>the amount is too large for a discount</source>
        <translation>der Betrag ist für einen Rabatt zu groß</translation>
    </message>
    <message>
        <source>A discount is between 0 % and 100 %.</source>
        <translation>Ein Rabatt liegt zwischen 0 % und 100 %.</translation>
    </message>
    <message>
        <source>A discount must be in the sale&apos;s currency, %1.</source>
        <translation>Ein Rabatt muss in der Währung des Verkaufs sein, %1.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Ein Rabatt kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A discount cannot be more than the price.</source>
        <translation>Ein Rabatt kann nicht höher als der Preis sein.</translation>
    </message>
    <message>
        <source>No line of this sale may take an order discount.</source>
        <translation>Keine Zeile dieses Verkaufs darf einen Bestellrabatt erhalten.</translation>
    </message>
</context>
<context>
    <name>quire::DiscountDialog</name>
    <message>
        <source>Enter a percent above 0 and up to 100, like 10 or 12.5.</source>
        <translation>Geben Sie einen Prozentsatz über 0 und bis 100 ein, etwa 10 oder 12,5.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like %1.</source>
        <translation>Geben Sie einen Betrag über null ein, etwa %1.</translation>
    </message>
    <message>
        <source>Give a reason for the discount.</source>
        <translation>Geben Sie einen Grund für den Rabatt an.</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>Bestellrabatt</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Zeilenrabatt</translation>
    </message>
    <message>
        <source>Discount on the whole order:</source>
        <translation>Rabatt auf die ganze Bestellung:</translation>
    </message>
    <message>
        <source>Discount on “%1”:</source>
        <translation>Rabatt auf „%1“:</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Prozent</translation>
    </message>
    <message>
        <source>A&amp;mount in %1</source>
        <translation>Betrag in %1 (&amp;m)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (Pflicht):</translation>
    </message>
    <message>
        <source>Reason for the discount</source>
        <translation>Grund für den Rabatt</translation>
    </message>
    <message>
        <source>&amp;Book-price law exception:</source>
        <translation>&amp;Ausnahme der Buchpreisbindung:</translation>
    </message>
    <message>
        <source>Book-price law exception</source>
        <translation>Ausnahme der Buchpreisbindung</translation>
    </message>
    <message>
        <source>None: the book&apos;s price is bound</source>
        <translation>Keine: der Buchpreis ist gebunden</translation>
    </message>
    <message>
        <source>Apply discount</source>
        <translation>Rabatt anwenden</translation>
    </message>
    <message>
        <source>Remove discount</source>
        <translation>Rabatt entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>quire::DiscountPolicy</name>
    <message>
        <source>%1 must be a percent from 0 to 100 (e.g. 10 or 12.5), not &apos;%2&apos;</source>
        <translation>%1 muss ein Prozentsatz von 0 bis 100 sein (z. B. 10 oder 12.5), nicht ‚%2‘</translation>
    </message>
    <message>
        <source>%1 cannot be above %2</source>
        <translation>%1 kann nicht über %2 liegen</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>quire::DisplaySettings</name>
    <message>
        <source>display/%1 is not a setting (customerScreen)</source>
        <translation>display/%1 ist keine Einstellung (customerScreen)</translation>
    </message>
    <message>
        <source>display/customerScreen must be auto, off or a screen number from 0 to %1, not &apos;%2&apos;</source>
        <translation>display/customerScreen muss auto, off oder eine Bildschirmnummer von 0 bis %1 sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>quire::EventLog</name>
    <message>
        <source>event %1 has a type this version does not know (%2 of %3)</source>
        <translation>Ereignis %1 hat einen Typ, den diese Version nicht kennt (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>quire::EventLogModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
</context>
<context>
    <name>quire::GatewayConfig</name>
    <message>
        <source>gateway base URL is not an http(s) URL: %1</source>
        <translation>die Basis-URL des Zahlungsdienstes ist keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>gateway base URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>die Basis-URL des Zahlungsdienstes „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>gateway base URL &apos;%1&apos; is plain http, which would send the API key unencrypted: use an https:// URL (plain http is allowed only for a local simulator on a loopback address such as 127.0.0.1)</source>
        <translation>die Basis-URL des Zahlungsdienstes „%1“ ist einfaches http, das den API-Schlüssel unverschlüsselt senden würde: verwenden Sie eine https://-URL (einfaches http ist nur für einen lokalen Simulator auf einer Loopback-Adresse wie 127.0.0.1 erlaubt)</translation>
    </message>
    <message>
        <source>gateway base URL missing: set --gateway-url or the setting gateway/baseUrl</source>
        <translation>Basis-URL des Zahlungsdienstes fehlt: --gateway-url oder die Einstellung gateway/baseUrl setzen</translation>
    </message>
    <message>
        <source>gateway API key</source>
        <translation>API-Schlüssel des Zahlungsdienstes</translation>
    </message>
    <message>
        <source>gateway API key file &apos;%1&apos; has more than one line</source>
        <translation>die Datei mit dem API-Schlüssel des Zahlungsdienstes „%1“ hat mehr als eine Zeile</translation>
    </message>
    <message>
        <source>gateway API key missing: set %1 or --gateway-key-file</source>
        <translation>API-Schlüssel des Zahlungsdienstes fehlt: %1 oder --gateway-key-file setzen</translation>
    </message>
    <message>
        <source>webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>webhook secret missing: set %1 or --webhook-secret-file</source>
        <translation>Webhook-Geheimnis fehlt: %1 oder --webhook-secret-file setzen</translation>
    </message>
</context>
<context>
    <name>quire::GatewayError</name>
    <message>
        <source>The payment service did not answer in time.</source>
        <translation>Der Zahlungsdienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached.</source>
        <translation>Der Zahlungsdienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The payment service is busy.</source>
        <translation>Der Zahlungsdienst ist ausgelastet.</translation>
    </message>
    <message>
        <source>The payment service has a problem of its own.</source>
        <translation>Der Zahlungsdienst hat selbst eine Störung.</translation>
    </message>
    <message>
        <source>The payment service refused the request.</source>
        <translation>Der Zahlungsdienst hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The payment service sent an answer Quire cannot read.</source>
        <translation>Der Zahlungsdienst hat eine Antwort gesendet, die Quire nicht lesen kann.</translation>
    </message>
    <message>
        <source>Quire could not put the request to the payment service together.</source>
        <translation>Quire konnte die Anfrage an den Zahlungsdienst nicht zusammenstellen.</translation>
    </message>
    <message>
        <source>(attempts: %1)</source>
        <translation>(Versuche: %1)</translation>
    </message>
</context>
<context>
    <name>quire::GatewayOriginPolicy</name>
    <message>
        <source>%1 must be automatic, stripe, simulator or custom, not &apos;%2&apos;</source>
        <translation>%1 muss automatic, stripe, simulator oder custom sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must name stripe, simulator or custom when the gatewayOrigins lists are set (automatic picks its own lists)</source>
        <translation>%1 muss stripe, simulator oder custom nennen, wenn die gatewayOrigins-Listen gesetzt sind (automatic wählt eigene Listen)</translation>
    </message>
    <message>
        <source>%1 must name at least one origin where the hosted payment page is, e.g. https://checkout.stripe.com</source>
        <translation>%1 muss mindestens einen Ursprung nennen, unter dem die gehostete Zahlungsseite liegt, z. B. https://checkout.stripe.com</translation>
    </message>
</context>
<context>
    <name>quire::GatewaySimulatorProcess</name>
    <message>
        <source>The payment simulator stopped (exit code %1).</source>
        <translation>Der Zahlungssimulator wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The payment simulator (quire-gateway-sim) was not found.</source>
        <translation>Der Zahlungssimulator (quire-gateway-sim) wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The payment simulator did not start.</source>
        <translation>Der Zahlungssimulator ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>quire::IdleLockOverlay</name>
    <message>
        <source>Screen locked</source>
        <translation>Bildschirm gesperrt</translation>
    </message>
    <message>
        <source>Unlocking failed: %1</source>
        <translation>Entsperren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits.</source>
        <translation>Eine PIN hat genau 6 Ziffern.</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>Die PIN ist nicht richtig.</translation>
    </message>
    <message>
        <source>Locked. %1, enter your PIN to continue.</source>
        <translation>Gesperrt. %1, geben Sie Ihre PIN ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>quire::InstallationRepository</name>
    <message>
        <source>the database %1 has no installation id (table installation is empty)</source>
        <translation>die Datenbank %1 hat keine Installations-ID (die Tabelle installation ist leer)</translation>
    </message>
    <message>
        <source>the database %1 has an empty installation id</source>
        <translation>die Datenbank %1 hat eine leere Installations-ID</translation>
    </message>
</context>
<context>
    <name>quire::InvoiceBuyerDialog</name>
    <message>
        <source>Save invoice details</source>
        <translation>Rechnungsangaben speichern</translation>
    </message>
    <message>
        <source>Invoice for a business customer</source>
        <translation>Rechnung für einen Geschäftskunden</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Name des Käufers</translation>
    </message>
    <message>
        <source>Buyer&apos;s address</source>
        <translation>Anschrift des Käufers</translation>
    </message>
    <message>
        <source>Buyer&apos;s VAT number</source>
        <translation>USt-IdNr. des Käufers</translation>
    </message>
    <message>
        <source>e.g. DE123456789 (optional)</source>
        <translation>z. B. DE123456789 (optional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>The receipt of order %1 becomes an invoice to this customer. It is kept with the order: every reprint shows it.</source>
        <translation>Der Beleg der Bestellung %1 wird zur Rechnung an diesen Kunden. Sie wird mit der Bestellung gespeichert: Jeder Nachdruck zeigt sie.</translation>
    </message>
</context>
<context>
    <name>quire::Isbn</name>
    <message>
        <source>Enter an ISBN.</source>
        <translation>Eine ISBN eingeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: only digits, hyphens and spaces are allowed.</source>
        <translation>„%1“ ist keine ISBN: nur Ziffern, Bindestriche und Leerzeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: an ISBN has 10 or 13 digits, this has %2.</source>
        <translation>„%1“ ist keine ISBN: eine ISBN hat 10 oder 13 Ziffern, diese hat %2.</translation>
    </message>
    <message>
        <source>%1 is not a book barcode: a book&apos;s barcode has 13 digits.</source>
        <translation>%1 ist kein Buch-Strichcode: der Strichcode eines Buchs hat 13 Ziffern.</translation>
    </message>
    <message>
        <source>%1 is not an ISBN: X is only used in ISBN-10.</source>
        <translation>%1 ist keine ISBN: X kommt nur in ISBN-10 vor.</translation>
    </message>
    <message>
        <source>%1 is not a valid ISBN: check digit should be %2.</source>
        <translation>%1 ist keine gültige ISBN: die Prüfziffer müsste %2 sein.</translation>
    </message>
    <message>
        <source>%1 is not a book barcode: ISBNs start with 978 or 979.</source>
        <translation>%1 ist kein Buch-Strichcode: ISBNs beginnen mit 978 oder 979.</translation>
    </message>
    <message>
        <source>%1 is not an ISBN: only the last character of an ISBN-10 may be X.</source>
        <translation>%1 ist keine ISBN: nur das letzte Zeichen einer ISBN-10 darf X sein.</translation>
    </message>
</context>
<context>
    <name>quire::KioskCountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s). Your cart will be emptied.</source>
        <translation>
            <numerusform>Neustart in %n Sekunde. Ihr Warenkorb wird geleert.</numerusform>
            <numerusform>Neustart in %n Sekunden. Ihr Warenkorb wird geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
</context>
<context>
    <name>quire::KioskSpeech</name>
    <message>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <source>list of choices</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>number field</source>
        <translation>Zahlenfeld</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Speech is on. Tab moves to the next control, Enter chooses it. F2 turns speech off.</source>
        <translation>Die Sprachausgabe ist an. Die Tabulatortaste geht zum nächsten Element, die Eingabetaste wählt es. F2 schaltet die Sprachausgabe aus.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>digits entered: %1</source>
        <translation>eingegebene Ziffern: %1</translation>
    </message>
    <message>
        <source>field empty</source>
        <translation>Feld leer</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
</context>
<context>
    <name>quire::KioskWindow</name>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>Quire kiosk</source>
        <translation>Quire-Kiosk</translation>
    </message>
    <message>
        <source>Demo — no real payments</source>
        <translation>Demo – keine echten Zahlungen</translation>
    </message>
    <message>
        <source>Demo panel</source>
        <translation>Demo-Steuerung</translation>
    </message>
    <message>
        <source>Show the demo panel</source>
        <translation>Demo-Steuerung zeigen</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff: leave the kiosk with a manager PIN</source>
        <translation>Personal: den Kiosk mit der PIN der Filialleitung verlassen</translation>
    </message>
    <message>
        <source>Sign in with your e-mail address or loyalty card number and your PIN, create an account, or shop without one.</source>
        <translation>Melden Sie sich mit E-Mail-Adresse oder Kundenkartennummer und PIN an, legen Sie ein Konto an oder kaufen Sie ohne Konto ein.</translation>
    </message>
    <message>
        <source>Shop without an account</source>
        <translation>Ohne Konto einkaufen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Zurück zur Begrüßung</translation>
    </message>
    <message>
        <source>Back to shopping</source>
        <translation>Zurück zum Einkauf</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Meine Bestellungen</translation>
    </message>
    <message>
        <source>My orders and refunds</source>
        <translation>Meine Bestellungen und Erstattungen</translation>
    </message>
    <message>
        <source>Kiosk screen</source>
        <translation>Kiosk-Bildschirm</translation>
    </message>
</context>
<context>
    <name>quire::LanguageChooser</name>
    <message>
        <source>Language of the screens, receipts, money and dates</source>
        <translation>Sprache der Bildschirme und Belege, Format von Beträgen und Daten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>quire::LoginPage</name>
    <message>
        <source>The user list cannot be read: %1</source>
        <translation>Die Benutzerliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmelden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The manager was not created: %1</source>
        <translation>Die Filialleitung wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs sind verschieden.</translation>
    </message>
    <message>
        <source>The account was not created: %1</source>
        <translation>Das Konto wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>The name or the PIN is not correct.</source>
        <translation>Name oder PIN ist nicht richtig.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after %1, or ask a manager to unlock the account.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es nach %1 wieder oder bitten Sie die Filialleitung, das Konto zu entsperren.</translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits.</source>
        <translation>Eine PIN hat genau 6 Ziffern.</translation>
    </message>
    <message>
        <source>Set up Quire</source>
        <translation>Quire einrichten</translation>
    </message>
    <message>
        <source>New customer account</source>
        <translation>Neues Kundenkonto</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>%1 (%2): %3, PIN %4</source>
        <translation>%1 (%2): %3, PIN %4</translation>
    </message>
</context>
<context>
    <name>quire::MainWindow</name>
    <message>
        <source>Quire (demo)</source>
        <translation>Quire (Demo)</translation>
    </message>
    <message>
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The till is open.</source>
        <translation>Die Kasse ist geöffnet.</translation>
    </message>
    <message>
        <source>No shift is open at this counter.</source>
        <translation>An dieser Kasse ist keine Schicht offen.</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Bargeld ein oder aus</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Kasse öffnen</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Kasse schließen</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <source>Daily overview</source>
        <translation>Tagesübersicht</translation>
    </message>
</context>
<context>
    <name>quire::ManagerOverrideDialog</name>
    <message>
        <source>A PIN is exactly 6 digits.</source>
        <translation>Eine PIN hat genau 6 Ziffern.</translation>
    </message>
    <message>
        <source>Not approved: the name is not a manager&apos;s or the PIN is not correct.</source>
        <translation>Nicht freigegeben: der Name gehört keiner Filialleitung oder die PIN ist nicht richtig.</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval: %2</source>
        <translation>%1 braucht die Freigabe der Filialleitung: %2</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs here. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs an diesem Gerät. Versuchen Sie es in %n Minute wieder.</numerusform>
            <numerusform>Zu viele falsche PINs an diesem Gerät. Versuchen Sie es in %n Minuten wieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs here. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs an diesem Gerät. Versuchen Sie es in %n Sekunde wieder.</numerusform>
            <numerusform>Zu viele falsche PINs an diesem Gerät. Versuchen Sie es in %n Sekunden wieder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::Migrator</name>
    <message>
        <source>database %1 has schema version %2, but this Quire only knows versions up to %3. It was left untouched: open it with a newer Quire, or choose another database.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, dieses Quire kennt aber nur Versionen bis %3. Sie wurde nicht verändert: öffnen Sie sie mit einem neueren Quire oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>migration %1 cannot be read: %2</source>
        <translation>Migration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>quire::Money</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (three capital letters)</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217 (drei Großbuchstaben)</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>Betrag zu groß</translation>
    </message>
    <message>
        <source>cannot add up an amount without a currency</source>
        <translation>ein Betrag ohne Währung kann nicht summiert werden</translation>
    </message>
    <message>
        <source>cannot multiply an amount without a currency</source>
        <translation>ein Betrag ohne Währung kann nicht multipliziert werden</translation>
    </message>
</context>
<context>
    <name>quire::MyOrdersPage</name>
    <message>
        <source>Your orders could not be shown: %1</source>
        <translation>Ihre Bestellungen konnten nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Sign in to see your orders.</source>
        <translation>Melden Sie sich an, um Ihre Bestellungen zu sehen.</translation>
    </message>
    <message>
        <source>You have no orders yet.</source>
        <translation>Sie haben noch keine Bestellungen.</translation>
    </message>
    <message>
        <source>Choose an order to see it or to ask for a refund of what you bought.</source>
        <translation>Wählen Sie eine Bestellung, um sie anzusehen oder eine Erstattung für Gekauftes anzufragen.</translation>
    </message>
</context>
<context>
    <name>quire::OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Bildschirmtastatur</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
</context>
<context>
    <name>quire::OpenPriceDialog</name>
    <message>
        <source>Enter a price above zero, like %1.</source>
        <translation>Geben Sie einen Preis über null ein, etwa %1.</translation>
    </message>
    <message>
        <source>Enter the price</source>
        <translation>Preis eingeben</translation>
    </message>
    <message>
        <source>Price of “%1” in %2:</source>
        <translation>Preis von „%1“ in %2:</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>Preis in %1</translation>
    </message>
    <message>
        <source>Above %1 a manager approves the price.</source>
        <translation>Über %1 gibt die Filialleitung den Preis frei.</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>In den Warenkorb</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>quire::OpenShiftDialog</name>
    <message>
        <source>Open the till</source>
        <translation>Kasse öffnen</translation>
    </message>
    <message>
        <source>Float counted into the drawer (%1)</source>
        <translation>Wechselgeld in der Lade gezählt (%1)</translation>
    </message>
    <message>
        <source>Type the float you counted, e.g. 100.</source>
        <translation>Geben Sie das gezählte Wechselgeld ein, z. B. 100.</translation>
    </message>
</context>
<context>
    <name>quire::OrderDraft</name>
    <message>
        <source>quantity for %1 must be at least 1</source>
        <translation>die Menge für %1 muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>“%1” needs a price</source>
        <translation>„%1“ braucht einen Preis</translation>
    </message>
    <message>
        <source>“%1” has a fixed price</source>
        <translation>„%1“ hat einen festen Preis</translation>
    </message>
    <message>
        <source>“%1” is sold in %2</source>
        <translation>„%1“ wird in %2 verkauft</translation>
    </message>
</context>
<context>
    <name>quire::OrderRepository</name>
    <message>
        <source>an order needs a total</source>
        <translation>eine Bestellung braucht eine Summe</translation>
    </message>
    <message>
        <source>order %1 does not exist</source>
        <translation>Bestellung %1 existiert nicht</translation>
    </message>
    <message>
        <source>order %1 is damaged in the database</source>
        <translation>Bestellung %1 ist in der Datenbank beschädigt</translation>
    </message>
    <message>
        <source>order %1 is no longer %2</source>
        <translation>Bestellung %1 ist nicht mehr %2</translation>
    </message>
    <message>
        <source>order %1 has a damaged tax pricing</source>
        <translation>Bestellung %1 hat eine beschädigte Steuer-Preisangabe</translation>
    </message>
    <message>
        <source>order %1 has a line with a damaged tax category</source>
        <translation>Bestellung %1 hat eine Position mit beschädigter Steuerkategorie</translation>
    </message>
    <message>
        <source>order %1 has a damaged tax table</source>
        <translation>Bestellung %1 hat eine beschädigte Steuertabelle</translation>
    </message>
</context>
<context>
    <name>quire::OrderSearch</name>
    <message>
        <source>order %1 is damaged in the database</source>
        <translation>Bestellung %1 ist in der Datenbank beschädigt</translation>
    </message>
</context>
<context>
    <name>quire::OrderSummaryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Discount %1 (%2)</source>
        <translation>Rabatt %1 (%2)</translation>
    </message>
    <message>
        <source>Order discount %1 (%2)</source>
        <translation>Bestellrabatt %1 (%2)</translation>
    </message>
</context>
<context>
    <name>quire::OrderableTitleRepository</name>
    <message>
        <source>no title with ISBN %1 in the orderable catalog</source>
        <translation>kein Titel mit der ISBN %1 im Bestellkatalog</translation>
    </message>
    <message>
        <source>orderable title %1 has a damaged price: %2</source>
        <translation>der bestellbare Titel %1 hat einen beschädigten Preis: %2</translation>
    </message>
    <message>
        <source>orderable title %1 has an unknown availability or tax category</source>
        <translation>der bestellbare Titel %1 hat eine unbekannte Lieferbarkeit oder Steuerkategorie</translation>
    </message>
</context>
<context>
    <name>quire::OriginPattern</name>
    <message>
        <source>&apos;%1&apos; is not an origin (%2); write it like https://js.stripe.com, https://*.hcaptcha.com or http://127.0.0.1:*</source>
        <translation>„%1“ ist kein Ursprung (%2); schreiben Sie ihn wie https://js.stripe.com, https://*.hcaptcha.com oder http://127.0.0.1:*</translation>
    </message>
</context>
<context>
    <name>quire::OutcomeScreen</name>
    <message>
        <source>Payment received</source>
        <translation>Zahlung erhalten</translation>
    </message>
    <message>
        <source>The order is paid. Hand over the books and offer the receipt.</source>
        <translation>Die Bestellung ist bezahlt. Bücher übergeben und den Beleg anbieten.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>Die Zahlung ist nicht durchgegangen.</translation>
    </message>
    <message>
        <source>The payment did not go through: %1</source>
        <translation>Die Zahlung ist nicht durchgegangen: %1</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>Zahlung abgebrochen</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>Die Zahlung wurde abgebrochen. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>The payment was not completed in time, so the order was cancelled. Nothing was charged.</source>
        <translation>Die Zahlung wurde nicht rechtzeitig abgeschlossen, daher wurde die Bestellung storniert. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation>Die Bestellung wurde storniert.</translation>
    </message>
    <message>
        <source>The order was cancelled: %1</source>
        <translation>Die Bestellung wurde storniert: %1</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Zahlung erstattet</translation>
    </message>
    <message>
        <source>The payment was refunded to the customer.</source>
        <translation>Die Zahlung wurde der Kundschaft erstattet.</translation>
    </message>
    <message>
        <source>Payment service unavailable</source>
        <translation>Zahlungsdienst nicht erreichbar</translation>
    </message>
    <message>
        <source>No payment page could be opened.</source>
        <translation>Es konnte keine Zahlungsseite geöffnet werden.</translation>
    </message>
    <message>
        <source>No payment page could be opened: %1</source>
        <translation>Es konnte keine Zahlungsseite geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The order is still open: try again, or cancel the order.</source>
        <translation>Die Bestellung ist noch offen: erneut versuchen oder die Bestellung stornieren.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Not available any more (sold elsewhere before the payment arrived): %1.</source>
        <translation>Nicht mehr verfügbar (anderweitig verkauft, bevor die Zahlung eintraf): %1.</translation>
    </message>
    <message>
        <source>%1 for these titles is being returned to the customer&apos;s card.</source>
        <translation>%1 für diese Titel wird der Karte der Kundschaft gutgeschrieben.</translation>
    </message>
    <message>
        <source>%1 for these titles has been returned to the customer&apos;s card.</source>
        <translation>%1 für diese Titel wurde der Karte der Kundschaft gutgeschrieben.</translation>
    </message>
    <message>
        <source>Returning %1 for these titles failed; a manager has been alerted and will retry it from the refund screen.</source>
        <translation>Die Rückzahlung von %1 für diese Titel ist fehlgeschlagen; die Filialleitung wurde benachrichtigt und wiederholt sie über die Erstattungsseite.</translation>
    </message>
    <message>
        <source>The payment arrived, but none of the books is left: the whole amount goes back to the customer&apos;s card.</source>
        <translation>Die Zahlung ist eingegangen, aber keines der Bücher ist mehr da: der ganze Betrag wird der Karte der Kundschaft gutgeschrieben.</translation>
    </message>
    <message>
        <source>Invoice…</source>
        <translation>Rechnung…</translation>
    </message>
    <message>
        <source>Enter a business customer&apos;s details: the receipt becomes an invoice to them</source>
        <translation>Angaben eines Geschäftskunden eingeben: Der Beleg wird zur Rechnung an ihn</translation>
    </message>
    <message>
        <source>Make the receipt an invoice</source>
        <translation>Beleg zur Rechnung machen</translation>
    </message>
</context>
<context>
    <name>quire::PaymentCoordinator</name>
    <message>
        <source>The store database cannot be reached, so no payment can be taken. Quire is reconnecting; try again in a moment.</source>
        <translation>Die Ladendatenbank ist nicht erreichbar, daher kann keine Zahlung angenommen werden. Quire verbindet sich neu; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The payment service refused the payment: %1</source>
        <translation>Der Zahlungsdienst hat die Zahlung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The payment service opened a session for a different amount for payment %1.</source>
        <translation>Der Zahlungsdienst hat für Zahlung %1 eine Sitzung über einen anderen Betrag eröffnet.</translation>
    </message>
    <message>
        <source>Refund %1 failed at the payment service: %2</source>
        <translation>Erstattung %1 ist beim Zahlungsdienst fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The payment service is not responding (%1). Payments wait until it answers again.</source>
        <translation>Der Zahlungsdienst antwortet nicht (%1). Zahlungen warten, bis er wieder antwortet.</translation>
    </message>
    <message>
        <source>The payment service opened a session for a different amount; this payment attempt was stopped.</source>
        <translation>Der Zahlungsdienst hat eine Sitzung über einen anderen Betrag eröffnet; dieser Zahlungsversuch wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Order %1, balance after cash</source>
        <translation>Bestellung %1, Restbetrag nach Barzahlung</translation>
    </message>
</context>
<context>
    <name>quire::PaymentRepository</name>
    <message>
        <source>payment %1 does not exist</source>
        <translation>Zahlung %1 existiert nicht</translation>
    </message>
    <message>
        <source>payment %1 is damaged in the database</source>
        <translation>Zahlung %1 ist in der Datenbank beschädigt</translation>
    </message>
    <message>
        <source>payment %1 is no longer %2</source>
        <translation>Zahlung %1 ist nicht mehr %2</translation>
    </message>
</context>
<context>
    <name>quire::PaymentScreen</name>
    <message>
        <source>Payment (attempt %1)</source>
        <translation>Zahlung (Versuch %1)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation>Zahlungsseite wird geöffnet …</translation>
    </message>
    <message>
        <source>The customer can pay on the page below.</source>
        <translation>Die Kundschaft kann auf der Seite unten bezahlen.</translation>
    </message>
    <message>
        <source>The payment service is not answering. Retrying…</source>
        <translation>Der Zahlungsdienst antwortet nicht. Neuer Versuch …</translation>
    </message>
    <message>
        <source>Waiting for the payment service…</source>
        <translation>Warten auf den Zahlungsdienst …</translation>
    </message>
    <message>
        <source>The card was declined: %1
The customer can try another card on the page below, or start over.</source>
        <translation>Die Karte wurde abgelehnt: %1
Der Kunde kann auf der Seite unten eine andere Karte versuchen oder neu beginnen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The customer pays on their phone: the code to scan is on the customer display. Waiting for the payment…</source>
        <translation>Der Kunde zahlt mit dem Telefon: Der Code zum Scannen ist auf der Kundenanzeige. Warten auf die Zahlung…</translation>
    </message>
    <message>
        <source>The card was declined: %1
The customer can try another card on their phone, or start over.</source>
        <translation>Die Karte wurde abgelehnt: %1
Der Kunde kann auf dem Telefon eine andere Karte versuchen oder neu beginnen.</translation>
    </message>
    <message>
        <source>Waiting for the payment on the customer&apos;s phone…</source>
        <translation>Warten auf die Zahlung auf dem Telefon des Kunden…</translation>
    </message>
</context>
<context>
    <name>quire::PaymentWebView</name>
    <message>
        <source>Payment page</source>
        <translation>Zahlungsseite</translation>
    </message>
</context>
<context>
    <name>quire::Pepper</name>
    <message>
        <source>cannot restrict the permissions of the PIN pepper file %1: %2</source>
        <translation>die Zugriffsrechte der PIN-Pepper-Datei %1 können nicht eingeschränkt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the PIN pepper file %1: %2</source>
        <translation>die PIN-Pepper-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the PIN pepper file %1 is damaged (wrong size); restore it from a backup</source>
        <translation>die PIN-Pepper-Datei %1 ist beschädigt (falsche Größe); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the PIN pepper</source>
        <translation>der Ordner %1 für den PIN-Pepper kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot create the PIN pepper file %1: %2</source>
        <translation>die PIN-Pepper-Datei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the PIN pepper file %1</source>
        <translation>die PIN-Pepper-Datei %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>quire::PepperCheck</name>
    <message>
        <source>the PIN pepper&apos;s check value could not be recorded in %1</source>
        <translation>der Prüfwert des PIN-Peppers konnte nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>quire::PinHasher</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>a PIN is exactly %1 digits</source>
        <translation>eine PIN hat genau %1 Ziffern</translation>
    </message>
    <message>
        <source>PIN hashing ran out of memory</source>
        <translation>beim Hashen der PIN reichte der Speicher nicht</translation>
    </message>
</context>
<context>
    <name>quire::PriceLawException</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Damaged copy (Mängelexemplar, § 7 BuchPrG)</source>
        <translation>Mängelexemplar (§ 7 BuchPrG)</translation>
    </message>
    <message>
        <source>Own staff, for their own use (§ 7 BuchPrG)</source>
        <translation>Eigene Mitarbeiter, für den eigenen Bedarf (§ 7 BuchPrG)</translation>
    </message>
    <message>
        <source>Teacher&apos;s inspection copy (§ 7 BuchPrG)</source>
        <translation>Prüfstück für Lehrkräfte (§ 7 BuchPrG)</translation>
    </message>
</context>
<context>
    <name>quire::PricingSettings</name>
    <message>
        <source>%1: &apos;%2&apos; is not LABEL:CODE (e.g. Card:1)</source>
        <translation>%1: „%2“ ist nicht BESCHRIFTUNG:CODE (z. B. Card:1)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: %3</source>
        <translation>%1: „%2“: %3</translation>
    </message>
    <message>
        <source>%1: the label &apos;%2&apos; is there twice</source>
        <translation>%1: die Beschriftung „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: at most %2 keys, not %3</source>
        <translation>%1: höchstens %2 Tasten, nicht %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not CURRENCY:AMOUNT (e.g. EUR:50.00)</source>
        <translation>%1: „%2“ ist nicht WÄHRUNG:BETRAG (z. B. EUR:50.00)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a book-price law (use none, de, fr)</source>
        <translation>%1: ‚%2‘ ist keine Buchpreisregel (verwenden Sie none, de, fr)</translation>
    </message>
</context>
<context>
    <name>quire::ProductCode</name>
    <message>
        <source>Enter a code: an ISBN, a barcode or a store code.</source>
        <translation>Geben Sie einen Code ein: eine ISBN, einen Strichcode oder einen Ladencode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: only digits, hyphens and spaces are allowed.</source>
        <translation>„%1“ ist kein Code: nur Ziffern, Bindestriche und Leerzeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a store code: store codes start at 1.</source>
        <translation>„%1“ ist kein Ladencode: Ladencodes beginnen bei 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: use an ISBN, a 13-digit EAN, a 12-digit UPC or a store code of up to %2 digits (this has %3).</source>
        <translation>„%1“ ist kein Code: verwenden Sie eine ISBN, eine 13-stellige EAN, einen 12-stelligen UPC oder einen Ladencode mit bis zu %2 Ziffern (dieser hat %3).</translation>
    </message>
    <message>
        <source>%1 is not a valid barcode: check digit should be %2.</source>
        <translation>%1 ist kein gültiger Strichcode: die Prüfziffer müsste %2 sein.</translation>
    </message>
</context>
<context>
    <name>quire::PurchaseFlow</name>
    <message>
        <source>an order needs at least one book</source>
        <translation>eine Bestellung braucht mindestens ein Buch</translation>
    </message>
    <message>
        <source>only %1 of &quot;%2&quot; in stock, %3 asked for</source>
        <translation>nur %1 von „%2“ auf Lager, %3 verlangt</translation>
    </message>
    <message>
        <source>order %1 is %2 and cannot take a payment</source>
        <translation>Bestellung %1 ist %2 und kann keine Zahlung annehmen</translation>
    </message>
    <message>
        <source>order %1 already has a pending payment (attempt %2)</source>
        <translation>Bestellung %1 hat bereits eine offene Zahlung (Versuch %2)</translation>
    </message>
    <message>
        <source>order %1 is %2 and cannot become %3</source>
        <translation>Bestellung %1 ist %2 und kann nicht %3 werden</translation>
    </message>
    <message>
        <source>payment %1 is %2 and cannot become %3</source>
        <translation>Zahlung %1 ist %2 und kann nicht %3 werden</translation>
    </message>
    <message>
        <source>order %1 is covered by its cash tenders</source>
        <translation>Bestellung %1 ist durch ihre Barzahlungen gedeckt</translation>
    </message>
    <message>
        <source>order %1 holds cash tenders: refund the cash before cancelling</source>
        <translation>Bestellung %1 enthält Barzahlungen: erstatten Sie das Bargeld vor dem Stornieren</translation>
    </message>
</context>
<context>
    <name>quire::QrCode</name>
    <message>
        <source>The address is too long for a QR code.</source>
        <translation>Die Adresse ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>quire::QuickSaleBar</name>
    <message>
        <source>Quick sale:</source>
        <translation>Schnellverkauf:</translation>
    </message>
    <message>
        <source>A price above %1 needs a manager&apos;s approval.</source>
        <translation>Ein Preis über %1 braucht die Freigabe der Filialleitung.</translation>
    </message>
    <message>
        <source>%1 for “%2”, above %3</source>
        <translation>%1 für „%2“, über %3</translation>
    </message>
    <message>
        <source>“%1” was not added: a price above %2 needs a manager&apos;s approval.</source>
        <translation>„%1“ wurde nicht hinzugefügt: ein Preis über %2 braucht die Freigabe der Filialleitung.</translation>
    </message>
    <message>
        <source>Quick sale: %1</source>
        <translation>Schnellverkauf: %1</translation>
    </message>
</context>
<context>
    <name>quire::Receipt</name>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Payment attempt</source>
        <translation>Zahlungsversuch</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>No file name for the receipt.</source>
        <translation>Kein Dateiname für den Beleg.</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Der Beleg konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Erstattungsbeleg</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>Erstattung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Erstattung ausstehend</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Refunded to the card</source>
        <translation>Der Karte gutgeschrieben</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>St.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Cash handed over (given back)</source>
        <translation>Bar gegeben (zurückgegeben)</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>Bar gegeben</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Bargeldrundung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Rechnungskorrektur</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Beleg-Nr.</translation>
    </message>
    <message>
        <source>Refund of receipt</source>
        <translation>Erstattung zu Beleg</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>USt-IdNr. %1</translation>
    </message>
    <message>
        <source>Tax no. %1</source>
        <translation>Steuernr. %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>  Discount: %1</source>
        <translation>  Rabatt: %1</translation>
    </message>
    <message>
        <source>  Order discount: %1</source>
        <translation>  Bestellrabatt: %1</translation>
    </message>
</context>
<context>
    <name>quire::ReceiptService</name>
    <message>
        <source>An invoice needs the buyer&apos;s name.</source>
        <translation>Eine Rechnung braucht den Namen des Käufers.</translation>
    </message>
    <message>
        <source>An invoice needs the buyer&apos;s address.</source>
        <translation>Eine Rechnung braucht die Anschrift des Käufers.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number: %1</source>
        <translation>USt-IdNr. des Käufers: %1</translation>
    </message>
    <message>
        <source>Order %1 is not paid: it has no invoice yet.</source>
        <translation>Bestellung %1 ist nicht bezahlt: Sie hat noch keine Rechnung.</translation>
    </message>
    <message>
        <source>The invoice of order %1 was issued to %2; it cannot be readdressed.</source>
        <translation>Die Rechnung der Bestellung %1 wurde an %2 ausgestellt; sie kann nicht an jemand anderen gehen.</translation>
    </message>
</context>
<context>
    <name>quire::RefundLineRepository</name>
    <message>
        <source>refund %1 has a damaged line in the database</source>
        <translation>Erstattung %1 hat eine beschädigte Zeile in der Datenbank</translation>
    </message>
    <message>
        <source>refund %1 has a line with damaged tax</source>
        <translation>Erstattung %1 hat eine Position mit beschädigter Steuer</translation>
    </message>
    <message>
        <source>a refund of order %1 has a line with damaged tax</source>
        <translation>eine Erstattung der Bestellung %1 hat eine Position mit beschädigter Steuer</translation>
    </message>
</context>
<context>
    <name>quire::RefundLinesModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Erstattbar</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>quire::RefundPage</name>
    <message>
        <source>The orders could not be searched: %1</source>
        <translation>Die Bestellungen konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>counter sale</source>
        <translation>Verkauf an der Kasse</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>No paid order matches.</source>
        <translation>Keine bezahlte Bestellung passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found: choose one.</source>
        <translation>
            <numerusform>%n Bestellung gefunden: bitte wählen.</numerusform>
            <numerusform>%n Bestellungen gefunden: bitte eine wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Es gibt keine Bestellung %1.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Erstattung: %1</translation>
    </message>
    <message>
        <source>Sign in to give refunds.</source>
        <translation>Zum Erstatten anmelden.</translation>
    </message>
    <message>
        <source>The refund could not be checked: %1</source>
        <translation>Die Erstattung konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Refund not approved: %1</source>
        <translation>Erstattung nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>Refund %1 of order %2</source>
        <translation>%1 von Bestellung %2 erstatten</translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation>Erstattung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The refund could not be made: %1</source>
        <translation>Die Erstattung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Refund of %1 allowed and sent to the payment service; waiting for its answer…</source>
        <translation>Erstattung von %1 erlaubt und an den Zahlungsdienst gesendet; warten auf dessen Antwort …</translation>
    </message>
    <message>
        <source>Try refund %1 of order %2 again</source>
        <translation>Erstattung %1 von Bestellung %2 erneut versuchen</translation>
    </message>
    <message>
        <source>The refund cannot be tried again: %1</source>
        <translation>Die Erstattung kann nicht erneut versucht werden: %1</translation>
    </message>
    <message>
        <source>Refund sent to the payment service again; waiting for its answer…</source>
        <translation>Erstattung erneut an den Zahlungsdienst gesendet; warten auf dessen Antwort …</translation>
    </message>
    <message>
        <source>Refund done: %1 has been returned to the customer&apos;s card.</source>
        <translation>Erstattung erledigt: %1 wurde der Karte der Kundschaft gutgeschrieben.</translation>
    </message>
    <message>
        <source>The refund failed at the payment service (%1). Nothing was returned: try again.</source>
        <translation>Die Erstattung ist beim Zahlungsdienst fehlgeschlagen (%1). Nichts wurde zurückgezahlt: erneut versuchen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>returned by the customer</source>
        <translation>von der Kundschaft zurückgegeben</translation>
    </message>
    <message>
        <source>out of stock when paid</source>
        <translation>bei Zahlung nicht vorrätig</translation>
    </message>
    <message>
        <source>paid after the attempt had ended</source>
        <translation>nach Ende des Versuchs bezahlt</translation>
    </message>
    <message>
        <source>The refund receipt could not be made: %1</source>
        <translation>Der Erstattungsbeleg konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Refund receipt saved to %1</source>
        <translation>Erstattungsbeleg gespeichert unter %1</translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation>Erstattungsbeleg speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Scan the receipt, or search by receipt number, customer or date.</source>
        <translation>Beleg scannen oder nach Belegnummer, Kundschaft oder Datum suchen.</translation>
    </message>
    <message>
        <source>refunded in full</source>
        <translation>vollständig erstattet</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>teilweise erstattet</translation>
    </message>
    <message>
        <source>Order %1, paid %2 on %3 (%4). Refunded so far: %5; still refundable: %6.</source>
        <translation>Bestellung %1, %2 bezahlt am %3 (%4). Bisher erstattet: %5; noch erstattbar: %6.</translation>
    </message>
    <message>
        <source>failed, tried again as %1</source>
        <translation>fehlgeschlagen, erneut versucht als %1</translation>
    </message>
    <message>
        <source>Sign in to look up orders.</source>
        <translation>Melden Sie sich an, um Bestellungen zu suchen.</translation>
    </message>
    <message>
        <source>Give %1 back in cash for order %2</source>
        <translation>%1 bar zurückgeben für Bestellung %2</translation>
    </message>
    <message>
        <source>Refund done: give %1 back in cash from the drawer.</source>
        <translation>Erstattung erledigt: geben Sie %1 bar aus der Kassenlade zurück.</translation>
    </message>
    <message>
        <source>Open the drawer by hand.</source>
        <translation>Öffnen Sie die Lade von Hand.</translation>
    </message>
    <message>
        <source>Cash back: %1</source>
        <translation>Bar zurück: %1</translation>
    </message>
    <message>
        <source>Order %1, paid %2 in cash on %3: refunded in full.</source>
        <translation>Bestellung %1, %2 bar bezahlt am %3: vollständig erstattet.</translation>
    </message>
    <message>
        <source>Order %1, paid %2 in cash on %3. The refund gives all of it back in cash from the drawer.</source>
        <translation>Bestellung %1, %2 bar bezahlt am %3. Die Erstattung gibt alles bar aus der Kassenlade zurück.</translation>
    </message>
</context>
<context>
    <name>quire::RefundPolicy</name>
    <message>
        <source>clerks</source>
        <translation>Verkaufskräfte</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>die Filialleitung</translation>
    </message>
    <message>
        <source>customers at the kiosk</source>
        <translation>Kundschaft am Kiosk</translation>
    </message>
    <message>
        <source>Under the store&apos;s refund policy only %1 may give refunds.</source>
        <translation>Nach den Erstattungsregeln des Ladens dürfen nur %1 erstatten.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a role (use clerk, manager, customer)</source>
        <translation>%1: „%2“ ist keine Rolle (clerk, manager, customer verwenden)</translation>
    </message>
    <message>
        <source>%1 must include manager: managers approve the refunds of those who may not give them</source>
        <translation>%1 muss manager enthalten: die Filialleitung gibt die Erstattungen derer frei, die selbst keine geben dürfen</translation>
    </message>
    <message>
        <source>%1 must be a whole number of days between 1 and %2, not &apos;%3&apos;</source>
        <translation>%1 muss eine ganze Zahl von Tagen zwischen 1 und %2 sein, nicht „%3“</translation>
    </message>
</context>
<context>
    <name>quire::RefundRepository</name>
    <message>
        <source>a refund needs a positive amount</source>
        <translation>eine Erstattung braucht einen positiven Betrag</translation>
    </message>
    <message>
        <source>refund %1 does not exist</source>
        <translation>Erstattung %1 existiert nicht</translation>
    </message>
    <message>
        <source>refund %1 is damaged in the database</source>
        <translation>Erstattung %1 ist in der Datenbank beschädigt</translation>
    </message>
</context>
<context>
    <name>quire::RefundService</name>
    <message>
        <source>Order %1 has not been paid: there is nothing to refund.</source>
        <translation>Bestellung %1 wurde nicht bezahlt: es gibt nichts zu erstatten.</translation>
    </message>
    <message>
        <source>Sign in to give refunds.</source>
        <translation>Zum Erstatten anmelden.</translation>
    </message>
    <message>
        <source>This account is disabled or no longer exists.</source>
        <translation>Dieses Konto ist deaktiviert oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>You can only ask for refunds of your own orders.</source>
        <translation>Sie können nur Erstattungen Ihrer eigenen Bestellungen beantragen.</translation>
    </message>
    <message>
        <source>Order %1 has already been refunded in full.</source>
        <translation>Bestellung %1 wurde bereits vollständig erstattet.</translation>
    </message>
    <message>
        <source>Order %1 is not paid: there is nothing to refund.</source>
        <translation>Bestellung %1 ist nicht bezahlt: es gibt nichts zu erstatten.</translation>
    </message>
    <message numerus="yes">
        <source>Refunds are possible within %n day(s) of payment; order %1 was paid on %2.</source>
        <translation>
            <numerusform>Erstattungen sind innerhalb von %n Tag nach der Zahlung möglich; Bestellung %1 wurde am %2 bezahlt.</numerusform>
            <numerusform>Erstattungen sind innerhalb von %n Tagen nach der Zahlung möglich; Bestellung %1 wurde am %2 bezahlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one copy to refund.</source>
        <translation>Mindestens ein Exemplar zum Erstatten wählen.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>Bestellung %1 hat keine Position %2.</translation>
    </message>
    <message>
        <source>Only %1 of “%2” can still be refunded.</source>
        <translation>Von „%2“ können nur noch %1 erstattet werden.</translation>
    </message>
    <message>
        <source>The store&apos;s refund policy allows whole orders only: every copy still paid for must be refunded together.</source>
        <translation>Die Erstattungsregeln des Ladens erlauben nur ganze Bestellungen: alle noch bezahlten Exemplare müssen zusammen erstattet werden.</translation>
    </message>
    <message>
        <source>A refund cannot exceed what was paid: %1 is left to refund.</source>
        <translation>Eine Erstattung kann nicht höher sein als die Zahlung: %1 bleibt zu erstatten.</translation>
    </message>
    <message>
        <source>Only a refund that failed can be tried again.</source>
        <translation>Nur eine fehlgeschlagene Erstattung kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>A refund cannot exceed what was paid: this money has already been refunded.</source>
        <translation>Eine Erstattung kann nicht höher sein als die Zahlung: dieses Geld wurde bereits erstattet.</translation>
    </message>
    <message>
        <source>These copies have already been refunded.</source>
        <translation>Diese Exemplare wurden bereits erstattet.</translation>
    </message>
    <message>
        <source>Refund %1 has already been tried again (refund %2).</source>
        <translation>Die Erstattung %1 wurde bereits erneut versucht (Erstattung %2).</translation>
    </message>
</context>
<context>
    <name>quire::RefundTax</name>
    <message>
        <source>order %1 line %2 has no tax category</source>
        <translation>Bestellung %1, Position %2 hat keine Steuerkategorie</translation>
    </message>
</context>
<context>
    <name>quire::RoleText</name>
    <message>
        <source>Clerk</source>
        <translation>Verkaufskraft</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kundschaft</translation>
    </message>
</context>
<context>
    <name>quire::SecretFile</name>
    <message>
        <source>%1 file &apos;%2&apos; does not exist</source>
        <translation>die Datei „%2“ (%1) existiert nicht</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; is not a regular file</source>
        <translation>die Datei „%2“ (%1) ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; is not readable: %3</source>
        <translation>die Datei „%2“ (%1) ist nicht lesbar: %3</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; belongs to user id %3, not to the user Quire runs as (%4) or root: run chown %4 %2</source>
        <translation>die Datei „%2“ (%1) gehört der Benutzer-ID %3, nicht dem Benutzer, unter dem Quire läuft (%4), oder root: chown %4 %2 ausführen</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; is accessible by group or others (mode %3); it must be readable by Quire&apos;s user only: run chmod 600 %2</source>
        <translation>die Datei „%2“ (%1) ist für Gruppe oder andere zugänglich (Modus %3); sie darf nur für den Benutzer von Quire lesbar sein: chmod 600 %2 ausführen</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; is empty</source>
        <translation>die Datei „%2“ (%1) ist leer</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos;, line %3: the secret is shorter than %4 characters</source>
        <translation>Datei „%2“ (%1), Zeile %3: das Geheimnis ist kürzer als %4 Zeichen</translation>
    </message>
</context>
<context>
    <name>quire::ServiceStatusWidget</name>
    <message>
        <source>Payment service: online</source>
        <translation>Zahlungsdienst: erreichbar</translation>
    </message>
    <message>
        <source>Payment service: not responding</source>
        <translation>Zahlungsdienst: antwortet nicht</translation>
    </message>
    <message>
        <source>Alerts unavailable: %1</source>
        <translation>Warnungen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Keine offenen Warnungen</translation>
    </message>
    <message>
        <source>1 open alert: %1</source>
        <translation>1 offene Warnung: %1</translation>
    </message>
    <message>
        <source>%1 open alerts, latest: %2</source>
        <translation>%1 offene Warnungen, neueste: %2</translation>
    </message>
</context>
<context>
    <name>quire::ShiftReportDocument</name>
    <message>
        <source>Z report %1</source>
        <translation>Z-Bericht %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Kasse %1</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>Geöffnet %1 von %2</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Geschlossen %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>Interim report: the shift is still open.</source>
        <translation>Zwischenbericht: die Schicht ist noch offen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Barverkäufe</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>Kartenverkäufe</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Barerstattungen</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Kartenerstattungen</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Paid-outs</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Bank drops</source>
        <translation>Bankeinzahlungen</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Kein Verkauf</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Stornos</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Bargeldrundung</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Erwartetes Bargeld</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>Nach Verkaufskraft</translation>
    </message>
    <message>
        <source>No file name for the report.</source>
        <translation>Kein Dateiname für den Bericht.</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Der Bericht ließ sich nicht nach %1 schreiben.</translation>
    </message>
</context>
<context>
    <name>quire::ShiftReportView</name>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>80-mm-Bon</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Schichtbericht</translation>
    </message>
</context>
<context>
    <name>quire::ShiftRepository</name>
    <message>
        <source>shift %1 does not exist</source>
        <translation>Schicht %1 existiert nicht</translation>
    </message>
    <message>
        <source>shift %1 is not open</source>
        <translation>Schicht %1 ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>quire::ShiftService</name>
    <message>
        <source>Open a shift before selling at this counter.</source>
        <translation>Öffnen Sie eine Schicht, bevor Sie an dieser Kasse verkaufen.</translation>
    </message>
    <message>
        <source>The kiosk takes no cash.</source>
        <translation>Der Kiosk nimmt kein Bargeld an.</translation>
    </message>
    <message>
        <source>No shift is open at this counter: open the till first.</source>
        <translation>An dieser Kasse ist keine Schicht offen: öffnen Sie zuerst die Kasse.</translation>
    </message>
    <message>
        <source>The kiosk has no till: it takes no cash.</source>
        <translation>Der Kiosk hat keine Kasse: er nimmt kein Bargeld an.</translation>
    </message>
    <message>
        <source>Count the float first: it cannot be negative.</source>
        <translation>Zählen Sie zuerst das Wechselgeld: es kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A shift is already open at this counter (since %1).</source>
        <translation>An dieser Kasse ist schon eine Schicht offen (seit %1).</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Geben Sie an, warum Bargeld hinein- oder herausgeht.</translation>
    </message>
    <message>
        <source>The amount must be more than nothing.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>This till counts %1.</source>
        <translation>Diese Kasse zählt in %1.</translation>
    </message>
    <message>
        <source>The drawer should hold only %1.</source>
        <translation>In der Kassenlade sollten nur %1 sein.</translation>
    </message>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>Geben Sie an, warum die Kassenlade ohne Verkauf geöffnet wird.</translation>
    </message>
    <message>
        <source>No cash drawer is configured: open the drawer by hand.</source>
        <translation>Keine Kassenlade eingerichtet: öffnen Sie die Lade von Hand.</translation>
    </message>
    <message>
        <source>The drawer did not open (%1): open it by hand.</source>
        <translation>Die Kassenlade hat sich nicht geöffnet (%1): öffnen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>No shift is open at this counter.</source>
        <translation>An dieser Kasse ist keine Schicht offen.</translation>
    </message>
    <message>
        <source>Only a manager closes another clerk&apos;s shift.</source>
        <translation>Nur die Filialleitung schließt die Schicht einer anderen Person.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Eine Anzahl kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is not a note or coin of %2.</source>
        <translation>%1 ist kein Schein und keine Münze in %2.</translation>
    </message>
    <message>
        <source>The daily overview is for managers.</source>
        <translation>Die Tagesübersicht ist der Filialleitung vorbehalten.</translation>
    </message>
</context>
<context>
    <name>quire::SqlDialect</name>
    <message>
        <source>database driver %1 is not supported (use SQLite or PostgreSQL)</source>
        <translation>der Datenbanktreiber %1 wird nicht unterstützt (SQLite oder PostgreSQL verwenden)</translation>
    </message>
</context>
<context>
    <name>quire::StockRepository</name>
    <message>
        <source>a quantity to take must be at least 1</source>
        <translation>eine zu entnehmende Menge muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>a quantity to put back must be at least 1</source>
        <translation>eine zurückzulegende Menge muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>book %1 is not in the catalog</source>
        <translation>Buch %1 ist nicht im Katalog</translation>
    </message>
</context>
<context>
    <name>quire::StoreCopier</name>
    <message>
        <source>copying %1: %2</source>
        <translation>beim Kopieren von %1: %2</translation>
    </message>
    <message>
        <source>copying %1, row %2: %3</source>
        <translation>beim Kopieren von %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>the target database %1 already holds data (%2 rows in %3): copy only into a new, empty database</source>
        <translation>die Zieldatenbank %1 enthält bereits Daten (%2 Zeilen in %3): nur in eine neue, leere Datenbank kopieren</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 copied</source>
        <translation>%1: %2 Zeilen in der Quelle, %3 kopiert</translation>
    </message>
    <message>
        <source>totals differ after the copy (source: %1; target: %2)</source>
        <translation>die Summen weichen nach dem Kopieren ab (Quelle: %1; Ziel: %2)</translation>
    </message>
</context>
<context>
    <name>quire::StoreSettings</name>
    <message>
        <source>a VAT number starts with its country&apos;s two letters, e.g. DE123456789</source>
        <translation>eine USt-IdNr. beginnt mit den zwei Buchstaben ihres Landes, z. B. DE123456789</translation>
    </message>
    <message>
        <source>%1 is not the form of a VAT number of %2</source>
        <translation>%1 hat nicht die Form einer USt-IdNr. aus %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a tax number (digits and letters, with / . - or spaces)</source>
        <translation>%1: „%2“ ist keine Steuernummer (Ziffern und Buchstaben, mit / . - oder Leerzeichen)</translation>
    </message>
    <message>
        <source>%1 must be 80mm, A4 or printer, not &apos;%2&apos;</source>
        <translation>%1 muss 80mm, A4 oder printer sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>quire::StrictHttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht empfangen werden: %3</translation>
    </message>
</context>
<context>
    <name>quire::TaxCalculator</name>
    <message>
        <source>the amount is too large to compute its tax</source>
        <translation>der Betrag ist zu groß, um seine Steuer zu berechnen</translation>
    </message>
    <message>
        <source>a tax rate is between 0 % and 100 %</source>
        <translation>ein Steuersatz liegt zwischen 0 % und 100 %</translation>
    </message>
    <message>
        <source>the order charged nothing at %1 %2</source>
        <translation>die Bestellung hat zu %1 %2 nichts berechnet</translation>
    </message>
    <message>
        <source>the refunds at %1 would return more than the order charged</source>
        <translation>die Erstattungen zu %1 würden mehr zurückgeben, als die Bestellung berechnet hat</translation>
    </message>
</context>
<context>
    <name>quire::TaxRate</name>
    <message>
        <source>&apos;%1&apos; is not a tax rate in percent (such as 19 or 5.5)</source>
        <translation>„%1“ ist kein Steuersatz in Prozent (etwa 19 oder 5.5)</translation>
    </message>
    <message>
        <source>a tax rate cannot be more than 100 %, not &apos;%1&apos;</source>
        <translation>ein Steuersatz kann nicht über 100 % liegen, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>quire::TaxRateTable</name>
    <message>
        <source>the %1 category is always 0 %; it takes no rate</source>
        <translation>die Kategorie %1 ist immer 0 %; sie nimmt keinen Satz</translation>
    </message>
    <message>
        <source>a tax rate needs the date it is valid from</source>
        <translation>ein Steuersatz braucht das Datum, ab dem er gilt</translation>
    </message>
    <message>
        <source>a tax rate is between 0 % and 100 %</source>
        <translation>ein Steuersatz liegt zwischen 0 % und 100 %</translation>
    </message>
    <message>
        <source>two %1 rates from %2</source>
        <translation>zwei Sätze für %1 ab %2</translation>
    </message>
    <message>
        <source>the store has no %1 tax rate on %2</source>
        <translation>das Geschäft hat am %2 keinen Steuersatz für %1</translation>
    </message>
    <message>
        <source>no tax preset for country &apos;%1&apos; (presets: %2)</source>
        <translation>keine Steuervorgabe für das Land „%1“ (Vorgaben: %2)</translation>
    </message>
</context>
<context>
    <name>quire::TaxRuleRepository</name>
    <message>
        <source>the store&apos;s tax pricing is damaged</source>
        <translation>die Steuer-Preisangabe des Geschäfts ist beschädigt</translation>
    </message>
    <message>
        <source>a tax rate has an unknown category &apos;%1&apos;</source>
        <translation>ein Steuersatz hat die unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <source>the store&apos;s tax rates are damaged: %1</source>
        <translation>die Steuersätze des Geschäfts sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>quire::TaxSettings</name>
    <message>
        <source>%1: &apos;%2&apos; is not a rate such as 7 or &quot;5 from 2020-07-01&quot;</source>
        <translation>%1: „%2“ ist kein Satz wie 7 oder &quot;5 from 2020-07-01&quot;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date</source>
        <translation>%1: „%2“ ist kein Datum</translation>
    </message>
    <message>
        <source>tax/%1 is not a setting (country, pricing, reduced, standard)</source>
        <translation>tax/%1 ist keine Einstellung (country, pricing, reduced, standard)</translation>
    </message>
    <message>
        <source>tax/country us has no preset rates: set tax/reduced and tax/standard to the state&apos;s and city&apos;s sales tax on books and on other goods</source>
        <translation>tax/country us hat keine vorgegebenen Sätze: setzen Sie tax/reduced und tax/standard auf die Umsatzsteuer von Staat und Stadt für Bücher und andere Waren</translation>
    </message>
    <message>
        <source>tax/country: %1, or us</source>
        <translation>tax/country: %1 oder us</translation>
    </message>
    <message>
        <source>tax/pricing must be inclusive or exclusive, not &apos;%1&apos;</source>
        <translation>tax/pricing muss inclusive oder exclusive sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 needs one rate without a date: the one valid until the first change</source>
        <translation>%1 braucht einen Satz ohne Datum: den bis zur ersten Änderung gültigen</translation>
    </message>
</context>
<context>
    <name>quire::TenderPanel</name>
    <message>
        <source>Exact</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Total %1 · paid in cash %2</source>
        <translation>Summe %1 · bar bezahlt %2</translation>
    </message>
    <message>
        <source>Due %1 (in cash %2)</source>
        <translation>Offen %1 (bar %2)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Offen %1</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Kein Betrag</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
    <message>
        <source>Still due %1</source>
        <translation>Noch offen %1</translation>
    </message>
    <message>
        <source>Enter the amount the customer handed over.</source>
        <translation>Geben Sie den Betrag ein, den die Kundschaft gegeben hat.</translation>
    </message>
    <message>
        <source>Paid. Give %1 change.</source>
        <translation>Bezahlt. Geben Sie %1 zurück.</translation>
    </message>
    <message>
        <source>%1 taken in cash; %2 still due.</source>
        <translation>%1 bar erhalten; %2 noch offen.</translation>
    </message>
    <message>
        <source>Open the drawer by hand.</source>
        <translation>Öffnen Sie die Lade von Hand.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Cash part handed over</source>
        <translation>Bar gegebener Teil</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Gegebener Betrag</translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation>Bar kassieren</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Pay the rest by card</source>
        <translation>Rest mit Karte zahlen</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Mit Karte zahlen</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
</context>
<context>
    <name>quire::TenderRepository</name>
    <message>
        <source>tender %1 does not exist</source>
        <translation>Zahlung %1 existiert nicht</translation>
    </message>
    <message>
        <source>tender %1 is not paid</source>
        <translation>Zahlung %1 ist nicht bezahlt</translation>
    </message>
</context>
<context>
    <name>quire::TenderService</name>
    <message>
        <source>Enter the amount the customer handed over.</source>
        <translation>Geben Sie den Betrag ein, den die Kundschaft gegeben hat.</translation>
    </message>
    <message>
        <source>Order %1 is %2: it takes no more payments.</source>
        <translation>Bestellung %1 ist %2: sie nimmt keine Zahlungen mehr an.</translation>
    </message>
    <message>
        <source>This till takes %1.</source>
        <translation>Diese Kasse nimmt %1.</translation>
    </message>
    <message>
        <source>A card payment of this order is under way: let it finish or cancel it first.</source>
        <translation>Eine Kartenzahlung dieser Bestellung läuft: warten Sie sie ab oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>Order %1 is paid in full.</source>
        <translation>Bestellung %1 ist vollständig bezahlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in stock any more: take it off the order first.</source>
        <translation>„%1“ ist nicht mehr am Lager: nehmen Sie den Titel zuerst aus der Bestellung.</translation>
    </message>
    <message>
        <source>Say why the cash goes back.</source>
        <translation>Geben Sie an, warum das Bargeld zurückgeht.</translation>
    </message>
    <message>
        <source>This cash was given back already.</source>
        <translation>Dieses Bargeld wurde schon zurückgegeben.</translation>
    </message>
    <message>
        <source>tender %1 belongs to another order</source>
        <translation>Zahlung %1 gehört zu einer anderen Bestellung</translation>
    </message>
    <message>
        <source>Order %1 has already been refunded in full.</source>
        <translation>Bestellung %1 wurde bereits vollständig erstattet.</translation>
    </message>
    <message>
        <source>Order %1 is not paid: there is nothing to refund.</source>
        <translation>Bestellung %1 ist nicht bezahlt: es gibt nichts zu erstatten.</translation>
    </message>
    <message>
        <source>Order %1 was paid partly by card: its cash cannot be given back here on its own.</source>
        <translation>Bestellung %1 wurde teils mit Karte bezahlt: ihr Bargeld kann hier nicht allein zurückgegeben werden.</translation>
    </message>
    <message>
        <source>Refunds are possible within %1 days of payment; order %2 was paid on %3.</source>
        <translation>Erstattungen sind innerhalb von %1 Tagen nach der Zahlung möglich; Bestellung %2 wurde am %3 bezahlt.</translation>
    </message>
    <message>
        <source>Order %1 holds no cash to give back.</source>
        <translation>Bestellung %1 enthält kein Bargeld zum Zurückgeben.</translation>
    </message>
</context>
<context>
    <name>quire::TillAccess</name>
    <message>
        <source>Sign in at the till first.</source>
        <translation>Melden Sie sich zuerst an der Kasse an.</translation>
    </message>
    <message>
        <source>This account is disabled or no longer exists.</source>
        <translation>Dieses Konto ist deaktiviert oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Taking cash out of the drawer needs a manager&apos;s approval.</source>
        <translation>Bargeld aus der Lade zu nehmen braucht die Freigabe der Filialleitung.</translation>
    </message>
    <message>
        <source>Your role may not do this at the till.</source>
        <translation>Ihre Rolle darf das an der Kasse nicht.</translation>
    </message>
</context>
<context>
    <name>quire::TillSettings</name>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not CURRENCY:INCREMENT (e.g. CHF:5)</source>
        <translation>%1: „%2“ ist nicht WÄHRUNG:SCHRITT (z. B. CHF:5)</translation>
    </message>
    <message>
        <source>%1 and %2: name the drawer&apos;s printer one way, not both</source>
        <translation>%1 und %2: geben Sie den Drucker der Kassenlade auf eine Weise an, nicht beide</translation>
    </message>
</context>
<context>
    <name>quire::UserAdministration</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs sind verschieden.</translation>
    </message>
    <message>
        <source>This store already has a manager.</source>
        <translation>Dieser Laden hat bereits eine Filialleitung.</translation>
    </message>
    <message>
        <source>This user name, e-mail address or card is taken.</source>
        <translation>Dieser Benutzername, diese E-Mail-Adresse oder Karte ist bereits vergeben.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <source>The last enabled manager cannot be disabled.</source>
        <translation>Die letzte aktive Filialleitung kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>quire::UserListModel</name>
    <message>
        <source>Signs in as</source>
        <translation>Meldet sich an als</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>quire::UserRepository</name>
    <message>
        <source>no such user</source>
        <translation>diesen Benutzer gibt es nicht</translation>
    </message>
    <message>
        <source>user %1 has an unknown role</source>
        <translation>Benutzer %1 hat eine unbekannte Rolle</translation>
    </message>
</context>
<context>
    <name>quire::UserSession</name>
    <message>
        <source>the session is not locked</source>
        <translation>die Sitzung ist nicht gesperrt</translation>
    </message>
</context>
<context>
    <name>quire::UserValidation</name>
    <message>
        <source>A user name has 2 to 32 lower-case letters, digits, dots, dashes or underscores, and starts with a letter.</source>
        <translation>Ein Benutzername hat 2 bis 32 Kleinbuchstaben, Ziffern, Punkte, Binde- oder Unterstriche und beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A loyalty-card number has 8 to 19 digits.</source>
        <translation>Eine Kundenkartennummer hat 8 bis 19 Ziffern.</translation>
    </message>
    <message>
        <source>A display name has 1 to 64 characters.</source>
        <translation>Ein Anzeigename hat 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>Only customers have an e-mail address or card number.</source>
        <translation>Nur Kundschaft hat eine E-Mail-Adresse oder Kartennummer.</translation>
    </message>
    <message>
        <source>A customer needs an e-mail address or a loyalty-card number.</source>
        <translation>Ein Kundenkonto braucht eine E-Mail-Adresse oder eine Kundenkartennummer.</translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits.</source>
        <translation>Eine PIN hat genau 6 Ziffern.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it is all the same digit.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Sie besteht aus lauter gleichen Ziffern.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: its digits run in a row, like 123456.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Ihre Ziffern folgen der Reihe nach, wie 123456.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it repeats a short pattern, like 121212.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Sie wiederholt ein kurzes Muster, wie 121212.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it is one of the most common PINs.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Sie gehört zu den häufigsten PINs.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it is part of the account&apos;s name, e-mail address or card number.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Sie steckt im Namen, in der E-Mail-Adresse oder in der Kartennummer des Kontos.</translation>
    </message>
</context>
<context>
    <name>quire::UsersPage</name>
    <message>
        <source>The user list cannot be read: %1</source>
        <translation>Die Benutzerliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The user was not added: %1</source>
        <translation>Der Benutzer wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The account is enabled again.</source>
        <translation>Das Konto ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation>Das Konto ist entsperrt.</translation>
    </message>
    <message>
        <source>The PIN is reset; tell the person their new PIN.</source>
        <translation>Die PIN ist zurückgesetzt; teilen Sie der Person ihre neue PIN mit.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
</context>
</TS>
