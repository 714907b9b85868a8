<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Authentication</name>
    <message>
        <source>Copy the pepper file of a terminal where sign-in works (by default ~/.config/Quire/quire/pin-pepper of the user Quire runs as there) to %1, readable by Quire&apos;s user only, for example: scp other-terminal:.config/Quire/quire/pin-pepper /tmp/pin-pepper &amp;&amp; install -D -m 600 /tmp/pin-pepper %1 &amp;&amp; rm /tmp/pin-pepper. Or point --pepper-file (or pepperFile in the [auth] section of the settings file) at such a copy. See &quot;Provisioning the PIN pepper on several terminals&quot; in docs/deployment.md.</source>
        <translation>Copiez le fichier de poivre d’un terminal où la connexion fonctionne (par défaut ~/.config/Quire/quire/pin-pepper de l’utilisateur sous lequel Quire y tourne) vers %1, lisible par le seul utilisateur de Quire, par exemple : scp other-terminal:.config/Quire/quire/pin-pepper /tmp/pin-pepper &amp;&amp; install -D -m 600 /tmp/pin-pepper %1 &amp;&amp; rm /tmp/pin-pepper. Ou faites pointer --pepper-file (ou pepperFile dans la section [auth] du fichier de réglages) vers une telle copie. Voir « Provisioning the PIN pepper on several terminals » dans docs/deployment.md.</translation>
    </message>
    <message>
        <source>The PIN pepper file %1 is missing, and this store&apos;s PINs are hashed with a pepper another terminal has. A new pepper would make every PIN fail, so Quire does not make one and does not start.</source>
        <translation>Le fichier de poivre des codes PIN %1 est absent, et les codes PIN de ce magasin sont hachés avec le poivre d’un autre terminal. Un nouveau poivre ferait échouer tous les codes PIN : Quire n’en crée donc pas et ne démarre pas.</translation>
    </message>
    <message>
        <source>The PIN pepper file %1 is not the one this store&apos;s PINs are hashed with: every correct PIN would be refused here and counted as a wrong one, so Quire does not start.</source>
        <translation>Le fichier de poivre des codes PIN %1 n’est pas celui avec lequel les codes PIN de ce magasin sont hachés : chaque code PIN correct serait refusé ici et compté comme faux, Quire ne démarre donc pas.</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>Lignes du panier</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>Un exemplaire de moins</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>Un exemplaire de plus</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>C&amp;lear cart</source>
        <translation>&amp;Vider le panier</translation>
    </message>
    <message>
        <source>Cart message</source>
        <translation>Message du panier</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Total du panier</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>Confirmer la commande</translation>
    </message>
    <message>
        <source>&amp;Confirm order</source>
        <translation>&amp;Confirmer la commande</translation>
    </message>
    <message>
        <source>One copy fewer (-)</source>
        <translation>Un exemplaire de moins (-)</translation>
    </message>
    <message>
        <source>One copy more (+)</source>
        <translation>Un exemplaire de plus (+)</translation>
    </message>
    <message>
        <source>Remove the line (Delete or Alt+R)</source>
        <translation>Retirer la ligne (Suppr ou Alt+R)</translation>
    </message>
    <message>
        <source>Confirm the order (Alt+C or Ctrl+Return)</source>
        <translation>Confirmer la commande (Alt+C ou Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>Import catalog</source>
        <translation>Importer le catalogue</translation>
    </message>
    <message>
        <source>Load titles from a CSV file (columns isbn, title, authors, price, currency, stock and optionally cover_path). Existing titles with the same ISBN are updated. The whole file is imported at once, or not at all.</source>
        <translation>Charger des titres depuis un fichier CSV (colonnes isbn, title, authors, price, currency, stock et éventuellement cover_path). Les titres existants de même ISBN sont mis à jour. Le fichier est importé en entier, ou pas du tout.</translation>
    </message>
    <message>
        <source>&amp;CSV file</source>
        <translation>Fichier &amp;CSV</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Fichier CSV à importer</translation>
    </message>
    <message>
        <source>/path/to/catalog.csv</source>
        <translation>/chemin/vers/catalogue.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing if any row is bad</source>
        <translation>&amp;Strict : ne rien importer si une ligne est invalide</translation>
    </message>
    <message>
        <source>Strict import</source>
        <translation>Import strict</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Lancer l’import</translation>
    </message>
    <message>
        <source>C&amp;ancel import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Cancel the running import</source>
        <translation>Annuler l’import en cours</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the import window</source>
        <translation>Fermer la fenêtre d’import</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scanner :</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Scan a book&apos;s barcode or type its ISBN and press Enter to add it to the cart</source>
        <translation>Scannez le code-barres d’un livre ou tapez son ISBN puis Entrée pour l’ajouter au panier</translation>
    </message>
    <message>
        <source>Scan a barcode or type an ISBN, then Enter (Ctrl+B)</source>
        <translation>Scannez un code-barres ou tapez un ISBN, puis Entrée (Ctrl+B)</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Title, author or ISBN (Ctrl+F)</source>
        <translation>Titre, auteur ou ISBN (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Catalog message</source>
        <translation>Message du catalogue</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>&amp;Ajouter au panier</translation>
    </message>
</context>
<context>
    <name>ConfirmOrderScreen</name>
    <message>
        <source>Confirm the order</source>
        <translation>Confirmer la commande</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total de la commande</translation>
    </message>
    <message>
        <source>Why the order cannot be confirmed</source>
        <translation>Pourquoi la commande ne peut pas être confirmée</translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation>Retour au panier</translation>
    </message>
    <message>
        <source>Back to cart</source>
        <translation>Retour au panier</translation>
    </message>
    <message>
        <source>Confirm the order and pay</source>
        <translation>Confirmer la commande et payer</translation>
    </message>
    <message>
        <source>Confirm and pay</source>
        <translation>Confirmer et payer</translation>
    </message>
    <message>
        <source>Back to the cart (Escape)</source>
        <translation>Retour au panier (Échap)</translation>
    </message>
    <message>
        <source>Confirm and pay (Enter, Ctrl+Return or F12)</source>
        <translation>Confirmer et payer (Entrée, Ctrl+Entrée ou F12)</translation>
    </message>
    <message>
        <source>Tax in the total</source>
        <translation>Taxe comprise dans le total</translation>
    </message>
</context>
<context>
    <name>CoreOptions</name>
    <message>
        <source>Settings file (INI) to read first.</source>
        <translation>Fichier de réglages (INI) à lire d’abord.</translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user@host:port/dbname for a store whose terminals share one PostgreSQL database.</source>
        <translation>Fichier de base SQLite, ou postgresql://utilisateur@hôte:port/base pour un magasin dont les caisses partagent une base PostgreSQL.</translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password (or set QUIRE_DB_PASSWORD).</source>
        <translation>Fichier contenant le mot de passe PostgreSQL (ou définir QUIRE_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>This terminal&apos;s name among those sharing the database (default counter-1).</source>
        <translation>Nom de cette caisse parmi celles qui partagent la base (par défaut counter-1).</translation>
    </message>
    <message>
        <source>Payment gateway API base URL.</source>
        <translation>URL de base de l’API du service de paiement.</translation>
    </message>
    <message>
        <source>File holding the gateway&apos;s secret API key (or set QUIRE_GATEWAY_API_KEY).</source>
        <translation>Fichier contenant la clé secrète d’API du service de paiement (ou définir QUIRE_GATEWAY_API_KEY).</translation>
    </message>
    <message>
        <source>File holding the webhook signing secret(s), one per line (or set QUIRE_WEBHOOK_SECRETS).</source>
        <translation>Fichier contenant le ou les secrets de signature des webhooks, un par ligne (ou définir QUIRE_WEBHOOK_SECRETS).</translation>
    </message>
    <message>
        <source>Where gateway callbacks arrive, HOST:PORT (port 0: any free port).</source>
        <translation>Où arrivent les rappels du service de paiement, HÔTE:PORT (port 0 : un port libre).</translation>
    </message>
    <message>
        <source>Seconds a customer has on the payment page.</source>
        <translation>Secondes dont dispose le client sur la page de paiement.</translation>
    </message>
    <message>
        <source>Self-service kiosk: full screen, customers sign in themselves, only a manager&apos;s PIN leaves it.</source>
        <translation>Borne libre-service : plein écran, les clients se connectent eux-mêmes, seul le code PIN d’un responsable permet d’en sortir.</translation>
    </message>
    <message>
        <source>Kiosk: seconds without a touch before &quot;still there?&quot; (default 60).</source>
        <translation>Borne : secondes sans contact avant « toujours là ? » (par défaut 60).</translation>
    </message>
    <message>
        <source>Kiosk: the same while the payment page is open (default 180).</source>
        <translation>Borne : idem tant que la page de paiement est ouverte (par défaut 180).</translation>
    </message>
    <message>
        <source>Kiosk: seconds the &quot;still there?&quot; countdown lasts (default 20).</source>
        <translation>Borne : durée en secondes du compte à rebours « toujours là ? » (par défaut 20).</translation>
    </message>
    <message>
        <source>Offline demo: its own database in the user&apos;s data folder, demo catalog and users, the bundled gateway simulator. --demo=ephemeral keeps everything in a temporary folder deleted on exit.</source>
        <translation>Démo hors ligne : sa propre base dans le dossier de données de l’utilisateur, catalogue et utilisateurs de démo, le simulateur de paiement fourni. --demo=ephemeral garde tout dans un dossier temporaire supprimé à la sortie.</translation>
    </message>
    <message>
        <source>Where the demo keeps its database: persistent or ephemeral.</source>
        <translation>Où la démo garde sa base : persistent ou ephemeral.</translation>
    </message>
    <message>
        <source>The PIN pepper file; every terminal of a store needs a copy of the same one (default: pin-pepper in the user&apos;s config folder).</source>
        <translation>Le fichier de poivre des codes PIN ; chaque terminal d’un magasin a besoin d’une copie du même fichier (par défaut : pin-pepper dans le dossier de configuration de l’utilisateur).</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds between 1 and 86400, not &apos;%2&apos;</source>
        <translation>%1 doit être un nombre de secondes entre 1 et 86400, pas « %2 »</translation>
    </message>
    <message>
        <source>%1 must be off, persistent or ephemeral, not &apos;%2&apos;</source>
        <translation>%1 doit valoir off, persistent ou ephemeral, pas « %2 »</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 doit valoir true ou false, pas « %2 »</translation>
    </message>
    <message>
        <source>%1 must be 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not &apos;%2&apos;</source>
        <translation>%1 doit compter 1 à 40 lettres, chiffres, « . », « _ » ou « - », pas « %2 »</translation>
    </message>
    <message>
        <source>settings file %1 cannot be read or is malformed</source>
        <translation>le fichier de réglages %1 est illisible ou mal formé</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address</source>
        <translation>%1 : « %2 » n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>--config: cannot read %1</source>
        <translation>--config : impossible de lire %1</translation>
    </message>
    <message>
        <source>--demo-storage must be persistent or ephemeral</source>
        <translation>--demo-storage doit valoir persistent ou ephemeral</translation>
    </message>
    <message>
        <source>database password file %1 cannot be read: %2</source>
        <translation>le fichier de mot de passe de la base de données %1 est illisible : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>« %1 » n’est pas de la forme HÔTE:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port</source>
        <translation>« %1 » n’a pas de port valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>« %1 » n’est pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>Your books and the total appear here as they are scanned.</source>
        <translation>Vos livres et le total s’affichent ici au fur et à mesure qu’ils sont scannés.</translation>
    </message>
    <message>
        <source>Your books</source>
        <translation>Vos livres</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <source>Code to scan with your phone</source>
        <translation>Code à scanner avec votre téléphone</translation>
    </message>
    <message>
        <source>Scan to pay on your phone</source>
        <translation>Scannez pour payer avec votre téléphone</translation>
    </message>
</context>
<context>
    <name>IdleLockOverlay</name>
    <message>
        <source>PIN keypad</source>
        <translation>Pavé du code PIN</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User name, e-mail or card number</source>
        <translation>Nom d’utilisateur, e-mail ou numéro de carte</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>PIN keypad</source>
        <translation>Pavé du code PIN</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>New customer? Create an account</source>
        <translation>Nouveau client ? Créez un compte</translation>
    </message>
    <message>
        <source>Demo accounts (tap to fill in):</source>
        <translation>Comptes de démonstration (touchez pour remplir) :</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>Welcome to Quire. There is no manager yet: create the first manager account. There is no default password.</source>
        <translation>Bienvenue dans Quire. Il n’y a pas encore de responsable : créez le premier compte responsable. Il n’existe aucun mot de passe par défaut.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Manager user name</source>
        <translation>Nom d’utilisateur du responsable</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Manager display name</source>
        <translation>Nom affiché du responsable</translation>
    </message>
    <message>
        <source>PIN (6 digits)</source>
        <translation>Code PIN (6 chiffres)</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code PIN à nouveau</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN à nouveau</translation>
    </message>
    <message>
        <source>Create manager and sign in</source>
        <translation>Créer le responsable et se connecter</translation>
    </message>
    <message>
        <source>Create your customer account. Give an e-mail address, a loyalty-card number, or both.</source>
        <translation>Créez votre compte client. Indiquez une adresse e-mail, un numéro de carte de fidélité, ou les deux.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <source>Loyalty-card number</source>
        <translation>Numéro de carte de fidélité</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
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
        <translation>Avis du mode démo</translation>
    </message>
    <message>
        <source>Demo — no real payments</source>
        <translation>Démo — aucun paiement réel</translation>
    </message>
    <message>
        <source>Store activity</source>
        <translation>Activité du magasin</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Import catalog…</source>
        <translation>Importer le catalogue…</translation>
    </message>
    <message>
        <source>Load titles from a CSV file (managers)</source>
        <translation>Charger des titres depuis un fichier CSV (responsables)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
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
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <source>Manager user name</source>
        <translation>Nom d’utilisateur du responsable</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <source>Manager PIN keypad</source>
        <translation>Pavé du code PIN du responsable</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
</context>
<context>
    <name>MyOrdersPage</name>
    <message>
        <source>My orders</source>
        <translation>Mes commandes</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Vos commandes</translation>
    </message>
    <message>
        <source>About your orders</source>
        <translation>À propos de vos commandes</translation>
    </message>
    <message>
        <source>Refresh my orders</source>
        <translation>Actualiser mes commandes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Open the chosen order</source>
        <translation>Ouvrir la commande choisie</translation>
    </message>
    <message>
        <source>Open order / ask for a refund</source>
        <translation>Ouvrir la commande / demander un remboursement</translation>
    </message>
    <message>
        <source>Back to my orders</source>
        <translation>Retour à mes commandes</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <source>Payment outcome</source>
        <translation>Résultat du paiement</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total de la commande</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file</source>
        <translation>Enregistrer le ticket en fichier PDF</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Try the payment again</source>
        <translation>Réessayer le paiement</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Start a new sale</source>
        <translation>Commencer une nouvelle vente</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Titles not available</source>
        <translation>Titres indisponibles</translation>
    </message>
    <message>
        <source>Print the receipt (Enter)</source>
        <translation>Imprimer le reçu (Entrée)</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file (Enter)</source>
        <translation>Enregistrer le reçu en fichier PDF (Entrée)</translation>
    </message>
    <message>
        <source>Cancel the order (Enter)</source>
        <translation>Annuler la commande (Entrée)</translation>
    </message>
    <message>
        <source>Try the payment again (Enter, Ctrl+Return or F12)</source>
        <translation>Réessayer le paiement (Entrée, Ctrl+Entrée ou F12)</translation>
    </message>
    <message>
        <source>Start a new sale (Enter)</source>
        <translation>Commencer une nouvelle vente (Entrée)</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Montant à payer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Start the payment over with a new page</source>
        <translation>Recommencer le paiement avec une nouvelle page</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start over with a new payment page (F12)</source>
        <translation>Recommencer avec une nouvelle page de paiement (F12)</translation>
    </message>
    <message>
        <source>Cancel the payment (Escape)</source>
        <translation>Annuler le paiement (Échap)</translation>
    </message>
    <message>
        <source>Show the payment page&apos;s code on the customer display, for the customer&apos;s phone (F11)</source>
        <translation>Afficher le code de la page de paiement sur l’écran client, pour le téléphone du client (F11)</translation>
    </message>
    <message>
        <source>Let the customer pay on their phone</source>
        <translation>Laisser le client payer avec son téléphone</translation>
    </message>
    <message>
        <source>Customer pays on their phone</source>
        <translation>Le client paie avec son téléphone</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>6-digit PIN</source>
        <translation>Code PIN à 6 chiffres</translation>
    </message>
    <message>
        <source>Digit 1</source>
        <translation>Chiffre 1</translation>
    </message>
    <message>
        <source>Digit 2</source>
        <translation>Chiffre 2</translation>
    </message>
    <message>
        <source>Digit 3</source>
        <translation>Chiffre 3</translation>
    </message>
    <message>
        <source>Digit 4</source>
        <translation>Chiffre 4</translation>
    </message>
    <message>
        <source>Digit 5</source>
        <translation>Chiffre 5</translation>
    </message>
    <message>
        <source>Digit 6</source>
        <translation>Chiffre 6</translation>
    </message>
    <message>
        <source>Digit 7</source>
        <translation>Chiffre 7</translation>
    </message>
    <message>
        <source>Digit 8</source>
        <translation>Chiffre 8</translation>
    </message>
    <message>
        <source>Digit 9</source>
        <translation>Chiffre 9</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>Effacer le code PIN</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Digit 0</source>
        <translation>Chiffre 0</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
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
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Receipt number or customer</source>
        <translation>Numéro de ticket ou client</translation>
    </message>
    <message>
        <source>Scan or type the receipt number, or a customer&apos;s name or e-mail</source>
        <translation>Scannez ou tapez le numéro du ticket, ou le nom ou l’e-mail d’un client</translation>
    </message>
    <message>
        <source>Only orders between two dates</source>
        <translation>Seulement les commandes entre deux dates</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Find orders</source>
        <translation>Chercher des commandes</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Orders found</source>
        <translation>Commandes trouvées</translation>
    </message>
    <message>
        <source>Chosen order</source>
        <translation>Commande choisie</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Lignes à rembourser</translation>
    </message>
    <message>
        <source>Refund every copy</source>
        <translation>Rembourser chaque exemplaire</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>&amp;Tout choisir</translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation>Total du remboursement</translation>
    </message>
    <message>
        <source>Confirm refund</source>
        <translation>Confirmer le remboursement</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <source>Refund result</source>
        <translation>Résultat du remboursement</translation>
    </message>
    <message>
        <source>Refunds of this order</source>
        <translation>Remboursements de cette commande</translation>
    </message>
    <message>
        <source>Try the failed refund again</source>
        <translation>Réessayer le remboursement échoué</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Print the refund receipt</source>
        <translation>Imprimer le ticket de remboursement</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Imprimer le ticket</translation>
    </message>
    <message>
        <source>Save the refund receipt as PDF</source>
        <translation>Enregistrer le ticket de remboursement en PDF</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Enregistrer en P&amp;DF</translation>
    </message>
    <message>
        <source>Give the cash back</source>
        <translation>Rendre les espèces</translation>
    </message>
    <message>
        <source>Give the &amp;cash back</source>
        <translation>Rendre les &amp;espèces</translation>
    </message>
</context>
<context>
    <name>ServiceStatusWidget</name>
    <message>
        <source>Service status</source>
        <translation>État du service</translation>
    </message>
    <message>
        <source>Payment service status</source>
        <translation>État du service de paiement</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>Désactiver ou activer l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Unlock the selected user</source>
        <translation>Déverrouiller l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>New PIN for the selected user</source>
        <translation>Nouveau code PIN pour l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>Reset the PIN of the selected user</source>
        <translation>Réinitialiser le code PIN de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Réinitialiser le code PIN</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rôle du nouvel utilisateur</translation>
    </message>
    <message>
        <source>User name or e-mail</source>
        <translation>Nom d’utilisateur ou e-mail</translation>
    </message>
    <message>
        <source>User name, or e-mail for a customer</source>
        <translation>Nom d’utilisateur, ou e-mail pour un client</translation>
    </message>
    <message>
        <source>Loyalty card (customers)</source>
        <translation>Carte de fidélité (clients)</translation>
    </message>
    <message>
        <source>Loyalty-card number</source>
        <translation>Numéro de carte de fidélité</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Display name of the new user</source>
        <translation>Nom affiché du nouvel utilisateur</translation>
    </message>
    <message>
        <source>PIN (6 digits)</source>
        <translation>Code PIN (6 chiffres)</translation>
    </message>
    <message>
        <source>PIN of the new user</source>
        <translation>Code PIN du nouvel utilisateur</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l’utilisateur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quire cannot start</source>
        <translation>Quire ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Point of sale and self-service kiosk for bookstores.</source>
        <translation>Caisse et borne libre-service pour librairies.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into %3; %4 refused.</source>
        <translation>%1 lignes sur %2 importées dans %3 ; %4 refusées.</translation>
    </message>
    <message>
        <source>Quire Demo Books</source>
        <translation>Librairie de démonstration Quire</translation>
    </message>
    <message>
        <source>Bookshop</source>
        <translation>Librairie</translation>
    </message>
    <message>
        <source>Thank you for reading with us</source>
        <translation>Merci de lire avec nous</translation>
    </message>
    <message>
        <source>Run the core without a window: callbacks, reconciliation, timeouts and alerts.</source>
        <translation>Exécuter le cœur sans fenêtre : rappels, rapprochement, délais et alertes.</translation>
    </message>
    <message>
        <source>Import a catalog CSV file into the database and exit (see docs/catalog.md).</source>
        <translation>Importer un fichier CSV de catalogue dans la base de données et quitter (voir docs/catalog.md).</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>fichier.csv</translation>
    </message>
    <message>
        <source>With --import-catalog: import nothing if any row is bad.</source>
        <translation>Avec --import-catalog : ne rien importer si une ligne est invalide.</translation>
    </message>
    <message>
        <source>Start in this language (en, de, fr; default: the one chosen last, else the system&apos;s).</source>
        <translation>Démarrer dans cette langue (en, de, fr ; par défaut : la dernière choisie, sinon celle du système).</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>paramètres régionaux</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>--migrate-to needs a postgresql:// URL</source>
        <translation>--migrate-to demande une URL postgresql://</translation>
    </message>
    <message>
        <source>Copied %1 into %2; counts and totals match.</source>
        <translation>%1 copié dans %2 ; les nombres et les totaux concordent.</translation>
    </message>
    <message>
        <source>Demo panel</source>
        <translation>Panneau de démonstration</translation>
    </message>
    <message>
        <source>Copy the store in --db into a new PostgreSQL database, check counts and totals, and exit (see docs/deployment.md).</source>
        <translation>Copier le magasin de --db dans une nouvelle base PostgreSQL, vérifier les nombres et les totaux, et quitter (voir docs/deployment.md).</translation>
    </message>
    <message>
        <source>Kiosk mode needs a manager account first: it is what leaves the kiosk and approves refunds. Start Quire once without --kiosk, set up the manager at the sign-in screen, then start the kiosk again.</source>
        <translation>Le mode kiosque nécessite d&apos;abord un compte responsable : c&apos;est lui qui permet de quitter le kiosque et d&apos;approuver les remboursements. Démarrez Quire une fois sans --kiosk, créez le responsable à l&apos;écran de connexion, puis redémarrez le kiosque.</translation>
    </message>
</context>
<context>
    <name>quire::AccessPolicy</name>
    <message>
        <source>Sign in to see your orders.</source>
        <translation>Connectez-vous pour voir vos commandes.</translation>
    </message>
    <message>
        <source>That order is not yours.</source>
        <translation>Cette commande n’est pas la vôtre.</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in first.</source>
        <translation>Personne n’est connecté : connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>This account is disabled or no longer exists.</source>
        <translation>Ce compte est désactivé ou n’existe plus.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation>non autorisé : %1</translation>
    </message>
</context>
<context>
    <name>quire::AccessibleNames</name>
    <message>
        <source>Clear the field</source>
        <translation>Vider le champ</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
</context>
<context>
    <name>quire::AnnouncedAddress</name>
    <message>
        <source>%1 exited (exit code %2) before saying where it listens</source>
        <translation>%1 s’est arrêté (code de sortie %2) avant d’indiquer où il écoute</translation>
    </message>
    <message>
        <source>%1 did not say where it listens within %2 ms</source>
        <translation>%1 n’a pas indiqué où il écoute dans les %2 ms</translation>
    </message>
    <message>
        <source>%1 printed &apos;%2&apos; instead of where it listens</source>
        <translation>%1 a affiché « %2 » au lieu de l’adresse où il écoute</translation>
    </message>
</context>
<context>
    <name>quire::AttractScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation>Écran d’accueil</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue chez %1</translation>
    </message>
    <message>
        <source>Featured classics</source>
        <translation>Classiques à la une</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touchez pour commencer</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Easier to use:</source>
        <translation>Plus facile à utiliser :</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Speech on headphones</source>
        <translation>Synthèse vocale au casque</translation>
    </message>
    <message>
        <source>Plug headphones into the jack below the screen. F2 also turns speech on and off.</source>
        <translation>Branchez un casque dans la prise sous l’écran. F2 active et désactive aussi la voix.</translation>
    </message>
</context>
<context>
    <name>quire::AuthService</name>
    <message>
        <source>An account with this e-mail address or card already exists.</source>
        <translation>Un compte avec cette adresse e-mail ou cette carte existe déjà.</translation>
    </message>
    <message>
        <source>manager approval refused</source>
        <translation>accord du responsable refusé</translation>
    </message>
</context>
<context>
    <name>quire::Authentication</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>la bibliothèque de cryptographie n’a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>quire::BookPriceLaw</name>
    <message>
        <source>“%1” is price-bound: the German book-price law (BuchPrG) allows no discount on it, except a damaged copy, own staff or a teacher&apos;s copy (§ 7).</source>
        <translation>« %1 » est à prix fixe : la loi allemande sur le prix du livre (BuchPrG) n’y permet aucune remise, sauf pour un exemplaire défraîchi, le personnel du magasin ou un exemplaire pour enseignant (§ 7).</translation>
    </message>
    <message>
        <source>“%1” is price-bound: the French book-price law (loi Lang) allows at most 5 % off its price.</source>
        <translation>« %1 » est à prix unique : la loi Lang permet au plus 5 % de remise sur son prix.</translation>
    </message>
</context>
<context>
    <name>quire::BookRepository</name>
    <message>
        <source>book %1 has no price</source>
        <translation>le livre %1 n’a pas de prix</translation>
    </message>
    <message>
        <source>no book with ISBN %1 in the catalog</source>
        <translation>aucun livre avec l’ISBN %1 dans le catalogue</translation>
    </message>
    <message>
        <source>book %1 has a damaged price: %2</source>
        <translation>le livre %1 a un prix endommagé : %2</translation>
    </message>
    <message>
        <source>book %1 has an unknown tax category &apos;%2&apos;</source>
        <translation>le livre %1 a une catégorie fiscale inconnue « %2 »</translation>
    </message>
</context>
<context>
    <name>quire::CallbackProcessor</name>
    <message>
        <source>The gateway could not refund payment %1: %2</source>
        <translation>Le service de paiement n’a pas pu rembourser le paiement %1 : %2</translation>
    </message>
</context>
<context>
    <name>quire::Cart</name>
    <message>
        <source>“%1” is out of stock.</source>
        <translation>« %1 » est épuisé.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n cop(ies) of “%1” in stock, %2 wanted.</source>
        <translation>
            <numerusform>Seulement %n exemplaire de « %1 » en stock, %2 demandés.</numerusform>
            <numerusform>Seulement %n exemplaires de « %1 » en stock, %2 demandés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cart needs a session key.</source>
        <translation>Un panier a besoin d’une clé de session.</translation>
    </message>
    <message>
        <source>Add at least one copy.</source>
        <translation>Ajoutez au moins un exemplaire.</translation>
    </message>
    <message>
        <source>No book with ISBN %1 in the catalog.</source>
        <translation>Aucun livre avec l’ISBN %1 au catalogue.</translation>
    </message>
    <message>
        <source>“%1” is priced in %2, but this cart is in %3: sell it separately.</source>
        <translation>« %1 » est affiché en %2, mais ce panier est en %3 : vendez-le séparément.</translation>
    </message>
    <message>
        <source>The cart line for %1 vanished.</source>
        <translation>La ligne du panier pour %1 a disparu.</translation>
    </message>
    <message>
        <source>A line needs at least one copy; remove it instead.</source>
        <translation>Une ligne demande au moins un exemplaire ; supprimez-la plutôt.</translation>
    </message>
    <message>
        <source>%1 is not in the cart.</source>
        <translation>%1 n’est pas dans le panier.</translation>
    </message>
    <message>
        <source>No item with code %1 in the catalog.</source>
        <translation>Aucun article avec le code %1 au catalogue.</translation>
    </message>
    <message>
        <source>“%1” has no fixed price: use its key and enter the price.</source>
        <translation>« %1 » n’a pas de prix fixe : utilisez sa touche et saisissez le prix.</translation>
    </message>
    <message>
        <source>Add at least one.</source>
        <translation>Ajoutez-en au moins un.</translation>
    </message>
    <message>
        <source>Enter a price above zero.</source>
        <translation>Saisissez un prix supérieur à zéro.</translation>
    </message>
    <message>
        <source>A price above %1 needs a manager&apos;s approval.</source>
        <translation>Un prix supérieur à %1 nécessite l’accord d’un responsable.</translation>
    </message>
    <message>
        <source>“%1” has a fixed price; its price cannot be entered.</source>
        <translation>« %1 » a un prix fixe ; il ne peut pas être saisi.</translation>
    </message>
    <message>
        <source>“%1” is sold in %2, not %3.</source>
        <translation>« %1 » est vendu en %2, pas en %3.</translation>
    </message>
    <message>
        <source>That line is not in the cart any more.</source>
        <translation>Cette ligne n’est plus dans le panier.</translation>
    </message>
    <message>
        <source>The store gives discounts in percent only.</source>
        <translation>Le magasin n’accorde de remises qu’en pourcentage.</translation>
    </message>
    <message>
        <source>The store&apos;s discounts go up to %1; this one is %2.</source>
        <translation>Les remises du magasin vont jusqu’à %1 ; celle-ci est de %2.</translation>
    </message>
    <message>
        <source>A discount above %1 needs a manager&apos;s approval.</source>
        <translation>Une remise de plus de %1 doit être approuvée par un responsable.</translation>
    </message>
    <message>
        <source>Give a reason for the discount.</source>
        <translation>Indiquez le motif de la remise.</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to discount.</source>
        <translation>Le panier est vide : il n’y a rien à remiser.</translation>
    </message>
    <message>
        <source>Every title in this cart is price-bound: the book-price law allows no order discount on them.</source>
        <translation>Tous les titres de ce panier sont à prix fixe : la loi sur le prix du livre n’y permet aucune remise sur la commande.</translation>
    </message>
</context>
<context>
    <name>quire::CartModel</name>
    <message>
        <source>Out of stock: remove this line.</source>
        <translation>Épuisé : supprimez cette ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n cop(ies) in stock: lower the quantity.</source>
        <translation>
            <numerusform>Seulement %n exemplaire en stock : réduisez la quantité.</numerusform>
            <numerusform>Seulement %n exemplaires en stock : réduisez la quantité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number of copies.</source>
        <translation>Saisissez un nombre d’exemplaires.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No such cart line.</source>
        <translation>Cette ligne de panier n’existe pas.</translation>
    </message>
    <message>
        <source>%1
Discount: %2 (%3)</source>
        <translation>%1
Remise : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>quire::CartPage</name>
    <message>
        <source>Total: —</source>
        <translation>Total : —</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>“%1” is out of stock</source>
        <translation>« %1 » est épuisé</translation>
    </message>
    <message numerus="yes">
        <source>only %n of “%1” in stock</source>
        <translation>
            <numerusform>seulement %n exemplaire de « %1 » en stock</numerusform>
            <numerusform>seulement %n exemplaires de « %1 » en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>The cart is empty. Scan a book or search the catalog.</source>
        <translation>Le panier est vide. Scannez un livre ou cherchez dans le catalogue.</translation>
    </message>
    <message>
        <source>Not enough stock: %1. Lower the quantity or remove the line.</source>
        <translation>Stock insuffisant : %1. Réduisez la quantité ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Sign in to give a discount.</source>
        <translation>Connectez-vous pour accorder une remise.</translation>
    </message>
    <message>
        <source>A discount of %1, above %2</source>
        <translation>Une remise de %1, au-delà de %2</translation>
    </message>
    <message>
        <source>No discount given: above %1 a manager approves it.</source>
        <translation>Aucune remise accordée : au-delà de %1, un responsable doit l’approuver.</translation>
    </message>
    <message>
        <source>&amp;Discount on line…</source>
        <translation>&amp;Remise sur la ligne…</translation>
    </message>
    <message>
        <source>Discount on the selected line</source>
        <translation>Remise sur la ligne choisie</translation>
    </message>
    <message>
        <source>Order disc&amp;ount…</source>
        <translation>Remise sur la c&amp;ommande…</translation>
    </message>
    <message>
        <source>Discount on the whole order</source>
        <translation>Remise sur toute la commande</translation>
    </message>
    <message>
        <source>Total: %1 (order discount %2, %3)</source>
        <translation>Total : %1 (remise sur la commande %2, %3)</translation>
    </message>
</context>
<context>
    <name>quire::CartRepository</name>
    <message>
        <source>the cart for %1 vanished</source>
        <translation>le panier de %1 a disparu</translation>
    </message>
    <message>
        <source>book %1 has a damaged price: %2</source>
        <translation>le livre %1 a un prix endommagé : %2</translation>
    </message>
    <message>
        <source>%1 is not in the cart</source>
        <translation>%1 n’est pas dans le panier</translation>
    </message>
    <message>
        <source>the cart line for %1 vanished</source>
        <translation>la ligne du panier pour %1 a disparu</translation>
    </message>
    <message>
        <source>that line is not in the cart</source>
        <translation>cette ligne n’est pas dans le panier</translation>
    </message>
</context>
<context>
    <name>quire::CashDrawer</name>
    <message>
        <source>The drawer&apos;s printer %1 cannot be opened: %2</source>
        <translation>L’imprimante du tiroir-caisse %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>The drawer&apos;s printer %1 did not take the pulse: %2</source>
        <translation>L’imprimante du tiroir-caisse %1 n’a pas pris l’impulsion : %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 ne s’est pas terminé à temps</translation>
    </message>
    <message>
        <source>The print queue %1 refused the pulse: %2</source>
        <translation>La file d’impression %1 a refusé l’impulsion : %2</translation>
    </message>
</context>
<context>
    <name>quire::CashMovementDialog</name>
    <message>
        <source>Record and open the drawer</source>
        <translation>Enregistrer et ouvrir le tiroir</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Entrée ou sortie d’espèces</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Apport d’espèces</translation>
    </message>
    <message>
        <source>Paid-out</source>
        <translation>Décaissement</translation>
    </message>
    <message>
        <source>Bank drop</source>
        <translation>Dépôt en banque</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>Sans vente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Indiquez le motif.</translation>
    </message>
</context>
<context>
    <name>quire::CatalogImportDialog</name>
    <message>
        <source>Choose a catalog file</source>
        <translation>Choisir un fichier de catalogue</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Only a manager may import the catalog.</source>
        <translation>Seul un responsable peut importer le catalogue.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancelling: undoing the import…</source>
        <translation>Annulation : l’import est défait…</translation>
    </message>
    <message>
        <source>%1 rows read; saving…</source>
        <translation>%1 lignes lues ; enregistrement…</translation>
    </message>
    <message>
        <source>%1 of about %2 rows read</source>
        <translation>%1 lignes lues sur environ %2</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 lignes lues</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported all %1 rows.</source>
        <translation>Les %1 lignes ont été importées.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %2 rows. %n row(s) were refused and are listed below.</source>
        <translation>
            <numerusform>%1 lignes importées sur %2. %n ligne a été refusée, elle est listée ci-dessous.</numerusform>
            <numerusform>%1 lignes importées sur %2. %n lignes ont été refusées, elles sont listées ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported (strict): %n row(s) are bad, listed below.</source>
        <translation>
            <numerusform>Rien n’a été importé (strict) : %n ligne est invalide, listée ci-dessous.</numerusform>
            <numerusform>Rien n’a été importé (strict) : %n lignes sont invalides, listées ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
</context>
<context>
    <name>quire::CatalogImporter</name>
    <message>
        <source>bad price &quot;%1&quot;: write digits with a decimal point, like 12.50</source>
        <translation>prix invalide « %1 » : écrivez des chiffres avec un point décimal, comme 12.50</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: a price cannot be negative</source>
        <translation>prix invalide « %1 » : un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: too large</source>
        <translation>prix invalide « %1 » : trop élevé</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: %2 has no decimals</source>
        <translation>prix invalide « %1 » : %2 n’a pas de décimales</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: %2 has only %3 decimals</source>
        <translation>prix invalide « %1 » : %2 n’a que %3 décimales</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty: the first line must name the columns</source>
        <translation>le fichier est vide : la première ligne doit nommer les colonnes</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>la colonne « %1 » apparaît deux fois dans l’en-tête</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1</source>
        <translation>il manque à l’en-tête la ou les colonnes %1</translation>
    </message>
    <message>
        <source>cannot prepare the catalog update: %1</source>
        <translation>impossible de préparer la mise à jour du catalogue : %1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>l’import a été annulé ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text</source>
        <translation>la ligne n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>missing title</source>
        <translation>titre manquant</translation>
    </message>
    <message>
        <source>bad currency &quot;%1&quot;: use an ISO 4217 code such as EUR</source>
        <translation>devise invalide « %1 » : utilisez un code ISO 4217 comme EUR</translation>
    </message>
    <message>
        <source>bad stock &quot;%1&quot;: write a whole number of copies</source>
        <translation>stock invalide « %1 » : indiquez un nombre entier d’exemplaires</translation>
    </message>
    <message>
        <source>negative stock (%1)</source>
        <translation>stock négatif (%1)</translation>
    </message>
    <message>
        <source>ISBN %1 is already on line %2</source>
        <translation>l’ISBN %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>line %1: the catalog update failed: %2</source>
        <translation>ligne %1 : la mise à jour du catalogue a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are bad; strict import changed nothing</source>
        <translation>
            <numerusform>%n ligne est invalide ; l’import strict n’a rien modifié</numerusform>
            <numerusform>%n lignes sont invalides ; l’import strict n’a rien modifié</numerusform>
        </translation>
    </message>
    <message>
        <source>bad tax category &quot;%1&quot;: use reduced, standard, zero or exempt</source>
        <translation>catégorie de taxe « %1 » invalide : utilisez reduced, standard, zero ou exempt</translation>
    </message>
    <message>
        <source>bad kind &quot;%1&quot;: use book or item</source>
        <translation>type « %1 » invalide : utilisez book ou item</translation>
    </message>
    <message>
        <source>%1 is not a book barcode: ISBNs start with 978 or 979 (write kind item for other goods)</source>
        <translation>%1 n’est pas un code-barres de livre : les ISBN commencent par 978 ou 979 (indiquez kind item pour les autres articles)</translation>
    </message>
    <message>
        <source>code %1 is already on line %2</source>
        <translation>le code %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; in the header (expected isbn or code, title, authors, price, currency, stock and optionally cover_path, tax_category, kind and price_bound)</source>
        <translation>colonne « %1 » inconnue dans l’en-tête (attendu : isbn ou code, title, authors, price, currency, stock et, en option, cover_path, tax_category, kind et price_bound)</translation>
    </message>
    <message>
        <source>bad price_bound &quot;%1&quot;: use yes or no</source>
        <translation>price_bound « %1 » invalide : utilisez yes ou no</translation>
    </message>
    <message>
        <source>only books can be price-bound, not items</source>
        <translation>seuls les livres peuvent être à prix fixe, pas les articles</translation>
    </message>
</context>
<context>
    <name>quire::CatalogModel</name>
    <message>
        <source>Out of stock</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>ISBN %1</source>
        <translation>ISBN %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Open price</source>
        <translation>Prix libre</translation>
    </message>
    <message>
        <source>Not counted: always available</source>
        <translation>Non compté : toujours disponible</translation>
    </message>
    <message>
        <source>Use its quick-sale key and enter the price</source>
        <translation>Utilisez sa touche de vente rapide et saisissez le prix</translation>
    </message>
</context>
<context>
    <name>quire::CatalogPage</name>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No book matches “%1”.</source>
        <translation>Aucun livre ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>« %1 » ajouté.</translation>
    </message>
    <message>
        <source>Added “%1” (%2 in the cart).</source>
        <translation>« %1 » ajouté (%2 dans le panier).</translation>
    </message>
    <message>
        <source>Added “%1” at %2.</source>
        <translation>« %1 » ajouté à %2.</translation>
    </message>
    <message>
        <source>Added “%1” at %2 (%3 in the cart).</source>
        <translation>« %1 » ajouté à %2 (%3 dans le panier).</translation>
    </message>
</context>
<context>
    <name>quire::CatalogSearch</name>
    <message>
        <source>Book %1 has a damaged price: %2</source>
        <translation>Le livre %1 a un prix endommagé : %2</translation>
    </message>
</context>
<context>
    <name>quire::CheckoutLineItems</name>
    <message>
        <source>Sales tax</source>
        <translation>Taxe de vente</translation>
    </message>
    <message>
        <source>%1 (discounted)</source>
        <translation>%1 (remisé)</translation>
    </message>
    <message>
        <source>%1 × %2 (discounted)</source>
        <translation>%1 × %2 (remisé)</translation>
    </message>
</context>
<context>
    <name>quire::CheckoutPage</name>
    <message>
        <source>Checkout</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>The payment page could not be loaded. Wait a moment, or cancel and try again.</source>
        <translation>La page de paiement n’a pas pu être chargée. Patientez un instant, ou annulez et réessayez.</translation>
    </message>
    <message>
        <source>Finish the current checkout first.</source>
        <translation>Terminez d’abord le paiement en cours.</translation>
    </message>
    <message>
        <source>The current order is still open: try again or cancel it.</source>
        <translation>La commande en cours est toujours ouverte : réessayez ou annulez-la.</translation>
    </message>
    <message>
        <source>This order cannot be made: %1</source>
        <translation>Cette commande est impossible : %1</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <source>Order %1 is no longer open.</source>
        <translation>La commande %1 n’est plus ouverte.</translation>
    </message>
    <message>
        <source>The order could not be made: %1</source>
        <translation>La commande n’a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>The order is no longer open.</source>
        <translation>La commande n’est plus ouverte.</translation>
    </message>
    <message>
        <source>The order could not be cancelled: %1</source>
        <translation>La commande n’a pas pu être annulée : %1</translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation>Le ticket n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Ticket enregistré dans %1</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le ticket</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2 copies)</source>
        <translation>%1 (%2 exemplaires)</translation>
    </message>
    <message>
        <source>Invoice to %1: print it or save it as a PDF.</source>
        <translation>Facture à %1 : imprimez-la ou enregistrez-la en PDF.</translation>
    </message>
</context>
<context>
    <name>quire::CloseShiftDialog</name>
    <message>
        <source>Close the shift</source>
        <translation>Fermer la session</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Fermer la caisse</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>Nombre de %1</translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation>Compté %1</translation>
    </message>
    <message>
        <source>The drawer is right.</source>
        <translation>La caisse est juste.</translation>
    </message>
    <message>
        <source>%1 over.</source>
        <translation>%1 d’excédent.</translation>
    </message>
    <message>
        <source>%1 short.</source>
        <translation>%1 de manque.</translation>
    </message>
    <message>
        <source>Z report %1: expected %2, counted %3. %4</source>
        <translation>Rapport Z %1 : attendu %2, compté %3. %4</translation>
    </message>
</context>
<context>
    <name>quire::ConfirmOrderScreen</name>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>incl. VAT %1</source>
        <translation>dont TVA %1</translation>
    </message>
    <message>
        <source>incl. sales tax %1</source>
        <translation>dont taxe de vente %1</translation>
    </message>
</context>
<context>
    <name>quire::CoreServices</name>
    <message>
        <source>The database %1 is damaged (%2). No new payments are taken. Stop the till, restore the database from a backup and start again.</source>
        <translation>La base de données %1 est endommagée (%2). Aucun nouveau paiement n’est accepté. Arrêtez la caisse, restaurez la base depuis une sauvegarde et redémarrez.</translation>
    </message>
    <message>
        <source>no database: set --db or database/path</source>
        <translation>aucune base de données : définissez --db ou database/path</translation>
    </message>
    <message>
        <source>cannot receive callbacks on %1:%2: %3</source>
        <translation>impossible de recevoir les rappels sur %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>quire::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>text after a closing quote (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>du texte après un guillemet fermant (écrivez &quot;&quot; pour un guillemet dans un champ entre guillemets)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (put the field in quotes and write &quot;&quot; for the quote)</source>
        <translation>un guillemet dans un champ sans guillemets (mettez le champ entre guillemets et écrivez &quot;&quot; pour le guillemet)</translation>
    </message>
</context>
<context>
    <name>quire::CustomerDisplay</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue chez %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Payé : %1</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>The payment was declined. Please talk to the clerk.</source>
        <translation>Le paiement a été refusé. Veuillez vous adresser au vendeur.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>Le paiement a été annulé.</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped.</source>
        <translation>Le paiement a pris trop de temps et a été arrêté.</translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation>La commande a été annulée.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached. Please talk to the clerk.</source>
        <translation>Le service de paiement est injoignable. Veuillez vous adresser au vendeur.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>The payment was refunded: %1</source>
        <translation>Le paiement a été remboursé : %1</translation>
    </message>
    <message>
        <source>Preparing the payment for your phone…</source>
        <translation>Préparation du paiement pour votre téléphone…</translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation>Préparation du paiement…</translation>
    </message>
    <message>
        <source>Please pay at the counter.</source>
        <translation>Veuillez payer à la caisse.</translation>
    </message>
    <message>
        <source>The card was declined. You can try another card.</source>
        <translation>La carte a été refusée. Vous pouvez essayer une autre carte.</translation>
    </message>
    <message>
        <source>The card was declined. You can try another card on your phone.</source>
        <translation>La carte a été refusée. Vous pouvez essayer une autre carte sur votre téléphone.</translation>
    </message>
</context>
<context>
    <name>quire::CustomerOrderHistory</name>
    <message>
        <source>order %1 is damaged in the database</source>
        <translation>la commande %1 est endommagée dans la base de données</translation>
    </message>
</context>
<context>
    <name>quire::CustomerOrdersModel</name>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>non payée</translation>
    </message>
    <message>
        <source>paid, partly refunded</source>
        <translation>payée, remboursée en partie</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
</context>
<context>
    <name>quire::DailyOverview</name>
    <message>
        <source>Choose a day.</source>
        <translation>Choisissez un jour.</translation>
    </message>
    <message>
        <source>The shifts of %1 are in more than one currency.</source>
        <translation>Les sessions du %1 sont dans plusieurs devises.</translation>
    </message>
</context>
<context>
    <name>quire::DailyOverviewDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Daily overview</source>
        <translation>Vue du jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Shifts of the day</source>
        <translation>Sessions du jour</translation>
    </message>
    <message>
        <source>Sales by clerk</source>
        <translation>Ventes par vendeur</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Shift no.</source>
        <translation>N° de session</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Ouverte par</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>Ventes par carte</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Remboursements en espèces</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Remboursements par carte</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
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
        <translation>ouverte</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>No shift was opened on %1.</source>
        <translation>Aucune session n’a été ouverte le %1.</translation>
    </message>
    <message>
        <source>Day: cash sales %1, card sales %2, cash refunds %3, card refunds %4; difference of the closed shifts %5.</source>
        <translation>Jour : ventes en espèces %1, ventes par carte %2, remboursements en espèces %3, remboursements par carte %4 ; écart des sessions fermées %5.</translation>
    </message>
    <message>
        <source>Shifts still open: %1.</source>
        <translation>Sessions encore ouvertes : %1.</translation>
    </message>
    <message>
        <source>Save the daily overview</source>
        <translation>Enregistrer la vue du jour</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The overview could not be saved: %1</source>
        <translation>La vue n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Overview saved to %1</source>
        <translation>Vue enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>quire::Database</name>
    <message>
        <source>the database URL is not a valid postgresql:// URL (postgresql://user@host:port/dbname)</source>
        <translation>l’URL de la base de données n’est pas une URL postgresql:// valide (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>the database URL must not contain a password: put it in --db-password-file or QUIRE_DB_PASSWORD</source>
        <translation>l’URL de la base de données ne doit pas contenir de mot de passe : mettez-le dans --db-password-file ou QUIRE_DB_PASSWORD</translation>
    </message>
    <message>
        <source>the database URL needs a user and a host (postgresql://user@host:port/dbname)</source>
        <translation>l’URL de la base de données doit indiquer un utilisateur et un hôte (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>the database URL needs a database name (postgresql://user@host:port/dbname)</source>
        <translation>l’URL de la base de données doit indiquer un nom de base (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>cannot open a PostgreSQL database: Qt&apos;s QPSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>impossible d’ouvrir une base PostgreSQL : le pilote QPSQL de Qt n’est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the database URL has an unusable option %1</source>
        <translation>l’URL de la base de données contient une option inutilisable %1</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>cannot use database %1: %2</source>
        <translation>impossible d’utiliser la base de données %1 : %2</translation>
    </message>
    <message>
        <source>cannot reconnect to database %1: %2</source>
        <translation>impossible de se reconnecter à la base de données %1 : %2</translation>
    </message>
    <message>
        <source>cannot open database %1: folder %2 does not exist</source>
        <translation>impossible d’ouvrir la base de données %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>cannot open database %1: not a file</source>
        <translation>impossible d’ouvrir la base de données %1 : ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>database %1 is damaged (%2). It was left untouched: restore it from a backup, or choose another database.</source>
        <translation>La base de données %1 est endommagée (%2). Elle n’a pas été modifiée : restaurez-la depuis une sauvegarde, ou choisissez une autre base.</translation>
    </message>
    <message>
        <source>cannot use database %1: write-ahead logging unavailable (got %2)</source>
        <translation>impossible d’utiliser la base de données %1 : journalisation anticipée (WAL) indisponible (obtenu : %2)</translation>
    </message>
    <message>
        <source>the connection to the database was lost (%1)</source>
        <translation>la connexion à la base de données a été perdue (%1)</translation>
    </message>
    <message>
        <source>the database is busy or locked by another program (%1)</source>
        <translation>la base de données est occupée ou verrouillée par un autre programme (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the database %2 is lost; reconnecting</source>
        <translation>échec de %1 : la connexion à la base de données %2 est perdue ; reconnexion en cours</translation>
    </message>
</context>
<context>
    <name>quire::DatabaseMonitor</name>
    <message>
        <source>The store database (%1) cannot be reached. Payments are paused until it is back; Quire keeps trying to reconnect.</source>
        <translation>La base de données du magasin (%1) est injoignable. Les paiements sont suspendus jusqu’à son retour ; Quire continue d’essayer de se reconnecter.</translation>
    </message>
    <message numerus="yes">
        <source>The store database (%1) could not be reached for %n second(s), from %2.</source>
        <translation>
            <numerusform>La base de données du magasin (%1) a été injoignable pendant %n seconde, à partir de %2.</numerusform>
            <numerusform>La base de données du magasin (%1) a été injoignable pendant %n secondes, à partir de %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::DemoData</name>
    <message>
        <source>the demo catalog could not be loaded: %1</source>
        <translation>le catalogue de démo n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Emballage</translation>
    </message>
</context>
<context>
    <name>quire::DemoPanel</name>
    <message>
        <source>Normal: the test card pays</source>
        <translation>Normal : la carte de test paie</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>Carte refusée</translation>
    </message>
    <message>
        <source>Customer cancels on the payment page</source>
        <translation>Le client annule sur la page de paiement</translation>
    </message>
    <message>
        <source>Payment session times out</source>
        <translation>La session de paiement expire</translation>
    </message>
    <message>
        <source>Gateway does not answer</source>
        <translation>Le service de paiement ne répond pas</translation>
    </message>
    <message>
        <source>Out of stock after payment</source>
        <translation>Épuisé après le paiement</translation>
    </message>
    <message>
        <source>Gateway sends every callback twice</source>
        <translation>Le service de paiement envoie chaque rappel deux fois</translation>
    </message>
    <message>
        <source>Next payment: normal.</source>
        <translation>Prochain paiement : normal.</translation>
    </message>
    <message>
        <source>Next payment: %1.</source>
        <translation>Prochain paiement : %1.</translation>
    </message>
    <message>
        <source>Demo panel</source>
        <translation>Panneau de démonstration</translation>
    </message>
    <message>
        <source>Demo: force the next payment&apos;s outcome</source>
        <translation>Démo : imposer le résultat du prochain paiement</translation>
    </message>
</context>
<context>
    <name>quire::DemoScenarios</name>
    <message>
        <source>The simulator did not take the scenario (%1).</source>
        <translation>Le simulateur n’a pas accepté le scénario (%1).</translation>
    </message>
    <message>
        <source>The stock could not be emptied: %1</source>
        <translation>Le stock n’a pas pu être vidé : %1</translation>
    </message>
</context>
<context>
    <name>quire::DiscountCalculator</name>
    <message>
        <source>the amount is too large for a discount</source>
        <translation>le montant est trop élevé pour une remise</translation>
    </message>
    <message>
        <source>A discount is between 0 % and 100 %.</source>
        <translation>Une remise est comprise entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>A discount must be in the sale&apos;s currency, %1.</source>
        <translation>Une remise doit être dans la devise de la vente, %1.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Une remise ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A discount cannot be more than the price.</source>
        <translation>Une remise ne peut pas dépasser le prix.</translation>
    </message>
    <message>
        <source>No line of this sale may take an order discount.</source>
        <translation>Aucune ligne de cette vente ne peut recevoir de remise sur la commande.</translation>
    </message>
</context>
<context>
    <name>quire::DiscountDialog</name>
    <message>
        <source>Enter a percent above 0 and up to 100, like 10 or 12.5.</source>
        <translation>Saisissez un pourcentage supérieur à 0 et jusqu’à 100, par exemple 10 ou 12,5.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like %1.</source>
        <translation>Saisissez un montant supérieur à zéro, par exemple %1.</translation>
    </message>
    <message>
        <source>Give a reason for the discount.</source>
        <translation>Indiquez le motif de la remise.</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>Remise sur la commande</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <source>Discount on the whole order:</source>
        <translation>Remise sur toute la commande :</translation>
    </message>
    <message>
        <source>Discount on “%1”:</source>
        <translation>Remise sur « %1 » :</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Pourcentage</translation>
    </message>
    <message>
        <source>A&amp;mount in %1</source>
        <translation>&amp;Montant en %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>Moti&amp;f (obligatoire) :</translation>
    </message>
    <message>
        <source>Reason for the discount</source>
        <translation>Motif de la remise</translation>
    </message>
    <message>
        <source>&amp;Book-price law exception:</source>
        <translation>E&amp;xception à la loi sur le prix du livre :</translation>
    </message>
    <message>
        <source>Book-price law exception</source>
        <translation>Exception à la loi sur le prix du livre</translation>
    </message>
    <message>
        <source>None: the book&apos;s price is bound</source>
        <translation>Aucune : le prix du livre est fixe</translation>
    </message>
    <message>
        <source>Apply discount</source>
        <translation>Appliquer la remise</translation>
    </message>
    <message>
        <source>Remove discount</source>
        <translation>Retirer la remise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>quire::DiscountPolicy</name>
    <message>
        <source>%1 must be a percent from 0 to 100 (e.g. 10 or 12.5), not &apos;%2&apos;</source>
        <translation>%1 doit être un pourcentage de 0 à 100 (par ex. 10 ou 12.5), pas « %2 »</translation>
    </message>
    <message>
        <source>%1 cannot be above %2</source>
        <translation>%1 ne peut pas dépasser %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 doit valoir true ou false, pas « %2 »</translation>
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
        <translation>display/%1 n’est pas un réglage (customerScreen)</translation>
    </message>
    <message>
        <source>display/customerScreen must be auto, off or a screen number from 0 to %1, not &apos;%2&apos;</source>
        <translation>display/customerScreen doit valoir auto, off ou un numéro d’écran de 0 à %1, pas « %2 »</translation>
    </message>
</context>
<context>
    <name>quire::EventLog</name>
    <message>
        <source>event %1 has a type this version does not know (%2 of %3)</source>
        <translation>l’événement %1 a un type que cette version ne connaît pas (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>quire::EventLogModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>paiement %1</translation>
    </message>
</context>
<context>
    <name>quire::GatewayConfig</name>
    <message>
        <source>gateway base URL is not an http(s) URL: %1</source>
        <translation>l’URL de base du service de paiement n’est pas une URL http(s) : %1</translation>
    </message>
    <message>
        <source>gateway base URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>l’URL de base du service de paiement « %1 » n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>gateway base URL &apos;%1&apos; is plain http, which would send the API key unencrypted: use an https:// URL (plain http is allowed only for a local simulator on a loopback address such as 127.0.0.1)</source>
        <translation>l’URL de base du service de paiement « %1 » est en http simple, qui enverrait la clé d’API en clair : utilisez une URL https:// (le http simple n’est permis que pour un simulateur local sur une adresse de bouclage comme 127.0.0.1)</translation>
    </message>
    <message>
        <source>gateway base URL missing: set --gateway-url or the setting gateway/baseUrl</source>
        <translation>URL de base du service de paiement manquante : définissez --gateway-url ou le réglage gateway/baseUrl</translation>
    </message>
    <message>
        <source>gateway API key</source>
        <translation>clé d’API du service de paiement</translation>
    </message>
    <message>
        <source>gateway API key file &apos;%1&apos; has more than one line</source>
        <translation>le fichier de clé d’API du service de paiement « %1 » a plus d’une ligne</translation>
    </message>
    <message>
        <source>gateway API key missing: set %1 or --gateway-key-file</source>
        <translation>clé d’API du service de paiement manquante : définissez %1 ou --gateway-key-file</translation>
    </message>
    <message>
        <source>webhook secret</source>
        <translation>secret de webhook</translation>
    </message>
    <message>
        <source>webhook secret missing: set %1 or --webhook-secret-file</source>
        <translation>secret de webhook manquant : définissez %1 ou --webhook-secret-file</translation>
    </message>
</context>
<context>
    <name>quire::GatewayError</name>
    <message>
        <source>The payment service did not answer in time.</source>
        <translation>Le service de paiement n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached.</source>
        <translation>Le service de paiement est injoignable.</translation>
    </message>
    <message>
        <source>The payment service is busy.</source>
        <translation>Le service de paiement est surchargé.</translation>
    </message>
    <message>
        <source>The payment service has a problem of its own.</source>
        <translation>Le service de paiement rencontre un problème de son côté.</translation>
    </message>
    <message>
        <source>The payment service refused the request.</source>
        <translation>Le service de paiement a refusé la demande.</translation>
    </message>
    <message>
        <source>The payment service sent an answer Quire cannot read.</source>
        <translation>Le service de paiement a envoyé une réponse que Quire ne sait pas lire.</translation>
    </message>
    <message>
        <source>Quire could not put the request to the payment service together.</source>
        <translation>Quire n’a pas pu constituer la demande au service de paiement.</translation>
    </message>
    <message>
        <source>(attempts: %1)</source>
        <translation>(tentatives : %1)</translation>
    </message>
</context>
<context>
    <name>quire::GatewayOriginPolicy</name>
    <message>
        <source>%1 must be automatic, stripe, simulator or custom, not &apos;%2&apos;</source>
        <translation>%1 doit valoir automatic, stripe, simulator ou custom, pas « %2 »</translation>
    </message>
    <message>
        <source>%1 must name stripe, simulator or custom when the gatewayOrigins lists are set (automatic picks its own lists)</source>
        <translation>%1 doit indiquer stripe, simulator ou custom quand les listes gatewayOrigins sont définies (automatic choisit ses propres listes)</translation>
    </message>
    <message>
        <source>%1 must name at least one origin where the hosted payment page is, e.g. https://checkout.stripe.com</source>
        <translation>%1 doit indiquer au moins une origine où se trouve la page de paiement hébergée, par exemple https://checkout.stripe.com</translation>
    </message>
</context>
<context>
    <name>quire::GatewaySimulatorProcess</name>
    <message>
        <source>The payment simulator stopped (exit code %1).</source>
        <translation>Le simulateur de paiement s’est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>The payment simulator (quire-gateway-sim) was not found.</source>
        <translation>Le simulateur de paiement (quire-gateway-sim) est introuvable.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>The payment simulator did not start.</source>
        <translation>Le simulateur de paiement n’a pas démarré.</translation>
    </message>
</context>
<context>
    <name>quire::IdleLockOverlay</name>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Unlocking failed: %1</source>
        <translation>Le déverrouillage a échoué : %1</translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits.</source>
        <translation>Un code PIN a exactement 6 chiffres.</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>Le code PIN est incorrect.</translation>
    </message>
    <message>
        <source>Locked. %1, enter your PIN to continue.</source>
        <translation>Verrouillé. %1, saisissez votre code PIN pour continuer.</translation>
    </message>
</context>
<context>
    <name>quire::InstallationRepository</name>
    <message>
        <source>the database %1 has no installation id (table installation is empty)</source>
        <translation>la base de données %1 n’a pas d’identifiant d’installation (la table installation est vide)</translation>
    </message>
    <message>
        <source>the database %1 has an empty installation id</source>
        <translation>la base de données %1 a un identifiant d’installation vide</translation>
    </message>
</context>
<context>
    <name>quire::InvoiceBuyerDialog</name>
    <message>
        <source>Save invoice details</source>
        <translation>Enregistrer les coordonnées de facturation</translation>
    </message>
    <message>
        <source>Invoice for a business customer</source>
        <translation>Facture pour un client professionnel</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Nom de l’acheteur</translation>
    </message>
    <message>
        <source>Buyer&apos;s address</source>
        <translation>Adresse de l’acheteur</translation>
    </message>
    <message>
        <source>Buyer&apos;s VAT number</source>
        <translation>Numéro de TVA de l’acheteur</translation>
    </message>
    <message>
        <source>e.g. DE123456789 (optional)</source>
        <translation>p. ex. FR40303265045 (facultatif)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>The receipt of order %1 becomes an invoice to this customer. It is kept with the order: every reprint shows it.</source>
        <translation>Le ticket de la commande %1 devient une facture à ce client. Elle est conservée avec la commande : chaque réimpression l’affiche.</translation>
    </message>
</context>
<context>
    <name>quire::Isbn</name>
    <message>
        <source>Enter an ISBN.</source>
        <translation>Saisissez un ISBN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: only digits, hyphens and spaces are allowed.</source>
        <translation>« %1 » n’est pas un ISBN : seuls les chiffres, les tirets et les espaces sont permis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: an ISBN has 10 or 13 digits, this has %2.</source>
        <translation>« %1 » n’est pas un ISBN : un ISBN a 10 ou 13 chiffres, celui-ci en a %2.</translation>
    </message>
    <message>
        <source>%1 is not a book barcode: a book&apos;s barcode has 13 digits.</source>
        <translation>%1 n’est pas un code-barres de livre : le code-barres d’un livre a 13 chiffres.</translation>
    </message>
    <message>
        <source>%1 is not an ISBN: X is only used in ISBN-10.</source>
        <translation>%1 n’est pas un ISBN : X ne s’emploie que dans l’ISBN-10.</translation>
    </message>
    <message>
        <source>%1 is not a valid ISBN: check digit should be %2.</source>
        <translation>%1 n’est pas un ISBN valide : la clé de contrôle devrait être %2.</translation>
    </message>
    <message>
        <source>%1 is not a book barcode: ISBNs start with 978 or 979.</source>
        <translation>%1 n’est pas un code-barres de livre : les ISBN commencent par 978 ou 979.</translation>
    </message>
    <message>
        <source>%1 is not an ISBN: only the last character of an ISBN-10 may be X.</source>
        <translation>%1 n’est pas un ISBN : seul le dernier caractère d’un ISBN-10 peut être X.</translation>
    </message>
</context>
<context>
    <name>quire::KioskCountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s). Your cart will be emptied.</source>
        <translation>
            <numerusform>Nouveau départ dans %n seconde. Votre panier sera vidé.</numerusform>
            <numerusform>Nouveau départ dans %n secondes. Votre panier sera vidé.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>quire::KioskSpeech</name>
    <message>
        <source>button</source>
        <translation>bouton</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>case à cocher</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>champ de texte</translation>
    </message>
    <message>
        <source>list of choices</source>
        <translation>liste de choix</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>number field</source>
        <translation>champ numérique</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Speech is on. Tab moves to the next control, Enter chooses it. F2 turns speech off.</source>
        <translation>La voix est activée. Tab passe à l’élément suivant, Entrée le choisit. F2 désactive la voix.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>digits entered: %1</source>
        <translation>chiffres saisis : %1</translation>
    </message>
    <message>
        <source>field empty</source>
        <translation>champ vide</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 effacé</translation>
    </message>
</context>
<context>
    <name>quire::KioskWindow</name>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <source>Quire kiosk</source>
        <translation>Borne Quire</translation>
    </message>
    <message>
        <source>Demo — no real payments</source>
        <translation>Démo — aucun paiement réel</translation>
    </message>
    <message>
        <source>Demo panel</source>
        <translation>Panneau de démonstration</translation>
    </message>
    <message>
        <source>Show the demo panel</source>
        <translation>Afficher le panneau de démonstration</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Staff: leave the kiosk with a manager PIN</source>
        <translation>Personnel : quitter la borne avec le code PIN d’un responsable</translation>
    </message>
    <message>
        <source>Sign in with your e-mail address or loyalty card number and your PIN, create an account, or shop without one.</source>
        <translation>Connectez-vous avec votre adresse e-mail ou votre numéro de carte de fidélité et votre code PIN, créez un compte, ou achetez sans compte.</translation>
    </message>
    <message>
        <source>Shop without an account</source>
        <translation>Acheter sans compte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message>
        <source>Back to shopping</source>
        <translation>Retour aux achats</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Mes commandes</translation>
    </message>
    <message>
        <source>My orders and refunds</source>
        <translation>Mes commandes et remboursements</translation>
    </message>
    <message>
        <source>Kiosk screen</source>
        <translation>Écran de la borne</translation>
    </message>
</context>
<context>
    <name>quire::LanguageChooser</name>
    <message>
        <source>Language of the screens, receipts, money and dates</source>
        <translation>Langue des écrans et des tickets, format des montants et des dates</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>quire::LoginPage</name>
    <message>
        <source>The user list cannot be read: %1</source>
        <translation>La liste des utilisateurs est illisible : %1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>The manager was not created: %1</source>
        <translation>Le responsable n’a pas été créé : %1</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <source>The account was not created: %1</source>
        <translation>Le compte n’a pas été créé : %1</translation>
    </message>
    <message>
        <source>The name or the PIN is not correct.</source>
        <translation>Le nom ou le code PIN est incorrect.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after %1, or ask a manager to unlock the account.</source>
        <translation>Trop de codes PIN erronés. Réessayez après %1, ou demandez à un responsable de déverrouiller le compte.</translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits.</source>
        <translation>Un code PIN a exactement 6 chiffres.</translation>
    </message>
    <message>
        <source>Set up Quire</source>
        <translation>Configurer Quire</translation>
    </message>
    <message>
        <source>New customer account</source>
        <translation>Nouveau compte client</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>%1 (%2): %3, PIN %4</source>
        <translation>%1 (%2) : %3, code PIN %4</translation>
    </message>
</context>
<context>
    <name>quire::MainWindow</name>
    <message>
        <source>Quire (demo)</source>
        <translation>Quire (démo)</translation>
    </message>
    <message>
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The till is open.</source>
        <translation>La caisse est ouverte.</translation>
    </message>
    <message>
        <source>No shift is open at this counter.</source>
        <translation>Aucune session n’est ouverte à ce comptoir.</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Entrée ou sortie d’espèces</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Fermer la caisse</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <source>Daily overview</source>
        <translation>Vue du jour</translation>
    </message>
</context>
<context>
    <name>quire::ManagerOverrideDialog</name>
    <message>
        <source>A PIN is exactly 6 digits.</source>
        <translation>Un code PIN a exactement 6 chiffres.</translation>
    </message>
    <message>
        <source>Not approved: the name is not a manager&apos;s or the PIN is not correct.</source>
        <translation>Non approuvé : le nom n’est pas celui d’un responsable ou le code PIN est incorrect.</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval: %2</source>
        <translation>%1 demande l’accord d’un responsable : %2</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs here. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de codes PIN erronés sur ce poste. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de codes PIN erronés sur ce poste. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs here. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN erronés sur ce poste. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN erronés sur ce poste. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::Migrator</name>
    <message>
        <source>database %1 has schema version %2, but this Quire only knows versions up to %3. It was left untouched: open it with a newer Quire, or choose another database.</source>
        <translation>La base de données %1 a la version de schéma %2, mais ce Quire ne connaît que les versions jusqu’à %3. Elle n’a pas été modifiée : ouvrez-la avec un Quire plus récent, ou choisissez une autre base.</translation>
    </message>
    <message>
        <source>migration %1 cannot be read: %2</source>
        <translation>la migration %1 est illisible : %2</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>échec de la migration %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>quire::Money</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (three capital letters)</source>
        <translation>« %1 » n’est pas un code de devise ISO 4217 (trois lettres majuscules)</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>montant trop élevé</translation>
    </message>
    <message>
        <source>cannot add up an amount without a currency</source>
        <translation>impossible d’additionner un montant sans devise</translation>
    </message>
    <message>
        <source>cannot multiply an amount without a currency</source>
        <translation>impossible de multiplier un montant sans devise</translation>
    </message>
</context>
<context>
    <name>quire::MyOrdersPage</name>
    <message>
        <source>Your orders could not be shown: %1</source>
        <translation>Vos commandes n’ont pas pu être affichées : %1</translation>
    </message>
    <message>
        <source>Sign in to see your orders.</source>
        <translation>Connectez-vous pour voir vos commandes.</translation>
    </message>
    <message>
        <source>You have no orders yet.</source>
        <translation>Vous n’avez encore aucune commande.</translation>
    </message>
    <message>
        <source>Choose an order to see it or to ask for a refund of what you bought.</source>
        <translation>Choisissez une commande pour la voir ou demander le remboursement de vos achats.</translation>
    </message>
</context>
<context>
    <name>quire::OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Clavier à l’écran</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
</context>
<context>
    <name>quire::OpenPriceDialog</name>
    <message>
        <source>Enter a price above zero, like %1.</source>
        <translation>Saisissez un prix supérieur à zéro, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter the price</source>
        <translation>Saisir le prix</translation>
    </message>
    <message>
        <source>Price of “%1” in %2:</source>
        <translation>Prix de « %1 » en %2 :</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>Prix en %1</translation>
    </message>
    <message>
        <source>Above %1 a manager approves the price.</source>
        <translation>Au-delà de %1, un responsable valide le prix.</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>quire::OpenShiftDialog</name>
    <message>
        <source>Open the till</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <source>Float counted into the drawer (%1)</source>
        <translation>Fond de caisse compté dans le tiroir (%1)</translation>
    </message>
    <message>
        <source>Type the float you counted, e.g. 100.</source>
        <translation>Saisissez le fond de caisse compté, p. ex. 100.</translation>
    </message>
</context>
<context>
    <name>quire::OrderDraft</name>
    <message>
        <source>quantity for %1 must be at least 1</source>
        <translation>la quantité pour %1 doit être d’au moins 1</translation>
    </message>
    <message>
        <source>“%1” needs a price</source>
        <translation>« %1 » a besoin d’un prix</translation>
    </message>
    <message>
        <source>“%1” has a fixed price</source>
        <translation>« %1 » a un prix fixe</translation>
    </message>
    <message>
        <source>“%1” is sold in %2</source>
        <translation>« %1 » est vendu en %2</translation>
    </message>
</context>
<context>
    <name>quire::OrderRepository</name>
    <message>
        <source>an order needs a total</source>
        <translation>une commande a besoin d’un total</translation>
    </message>
    <message>
        <source>order %1 does not exist</source>
        <translation>la commande %1 n’existe pas</translation>
    </message>
    <message>
        <source>order %1 is damaged in the database</source>
        <translation>la commande %1 est endommagée dans la base de données</translation>
    </message>
    <message>
        <source>order %1 is no longer %2</source>
        <translation>la commande %1 n’est plus %2</translation>
    </message>
    <message>
        <source>order %1 has a damaged tax pricing</source>
        <translation>la commande %1 a un mode de taxation endommagé</translation>
    </message>
    <message>
        <source>order %1 has a line with a damaged tax category</source>
        <translation>la commande %1 a une ligne dont la catégorie fiscale est endommagée</translation>
    </message>
    <message>
        <source>order %1 has a damaged tax table</source>
        <translation>la commande %1 a un tableau de taxes endommagé</translation>
    </message>
</context>
<context>
    <name>quire::OrderSearch</name>
    <message>
        <source>order %1 is damaged in the database</source>
        <translation>la commande %1 est endommagée dans la base de données</translation>
    </message>
</context>
<context>
    <name>quire::OrderSummaryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discount %1 (%2)</source>
        <translation>Remise %1 (%2)</translation>
    </message>
    <message>
        <source>Order discount %1 (%2)</source>
        <translation>Remise sur la commande %1 (%2)</translation>
    </message>
</context>
<context>
    <name>quire::OrderableTitleRepository</name>
    <message>
        <source>no title with ISBN %1 in the orderable catalog</source>
        <translation>aucun titre avec l’ISBN %1 dans le catalogue commandable</translation>
    </message>
    <message>
        <source>orderable title %1 has a damaged price: %2</source>
        <translation>le titre commandable %1 a un prix endommagé : %2</translation>
    </message>
    <message>
        <source>orderable title %1 has an unknown availability or tax category</source>
        <translation>le titre commandable %1 a une disponibilité ou une catégorie fiscale inconnue</translation>
    </message>
</context>
<context>
    <name>quire::OriginPattern</name>
    <message>
        <source>&apos;%1&apos; is not an origin (%2); write it like https://js.stripe.com, https://*.hcaptcha.com or http://127.0.0.1:*</source>
        <translation>« %1 » n’est pas une origine (%2) ; écrivez-la comme https://js.stripe.com, https://*.hcaptcha.com ou http://127.0.0.1:*</translation>
    </message>
</context>
<context>
    <name>quire::OutcomeScreen</name>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>The order is paid. Hand over the books and offer the receipt.</source>
        <translation>La commande est payée. Remettez les livres et proposez le ticket.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Échec du paiement</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>Le paiement n’a pas abouti.</translation>
    </message>
    <message>
        <source>The payment did not go through: %1</source>
        <translation>Le paiement n’a pas abouti : %1</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>Le paiement a été annulé. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <source>The payment was not completed in time, so the order was cancelled. Nothing was charged.</source>
        <translation>Le paiement n’a pas été terminé à temps, la commande a donc été annulée. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation>La commande a été annulée.</translation>
    </message>
    <message>
        <source>The order was cancelled: %1</source>
        <translation>La commande a été annulée : %1</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Paiement remboursé</translation>
    </message>
    <message>
        <source>The payment was refunded to the customer.</source>
        <translation>Le paiement a été remboursé au client.</translation>
    </message>
    <message>
        <source>Payment service unavailable</source>
        <translation>Service de paiement indisponible</translation>
    </message>
    <message>
        <source>No payment page could be opened.</source>
        <translation>Aucune page de paiement n’a pu être ouverte.</translation>
    </message>
    <message>
        <source>No payment page could be opened: %1</source>
        <translation>Aucune page de paiement n’a pu être ouverte : %1</translation>
    </message>
    <message>
        <source>The order is still open: try again, or cancel the order.</source>
        <translation>La commande est toujours ouverte : réessayez ou annulez la commande.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Not available any more (sold elsewhere before the payment arrived): %1.</source>
        <translation>Plus disponible (vendu ailleurs avant l’arrivée du paiement) : %1.</translation>
    </message>
    <message>
        <source>%1 for these titles is being returned to the customer&apos;s card.</source>
        <translation>%1 pour ces titres est en cours de remboursement sur la carte du client.</translation>
    </message>
    <message>
        <source>%1 for these titles has been returned to the customer&apos;s card.</source>
        <translation>%1 pour ces titres a été remboursé sur la carte du client.</translation>
    </message>
    <message>
        <source>Returning %1 for these titles failed; a manager has been alerted and will retry it from the refund screen.</source>
        <translation>Le remboursement de %1 pour ces titres a échoué ; un responsable a été alerté et le relancera depuis l’écran des remboursements.</translation>
    </message>
    <message>
        <source>The payment arrived, but none of the books is left: the whole amount goes back to the customer&apos;s card.</source>
        <translation>Le paiement est arrivé, mais aucun des livres ne reste : le montant entier est remboursé sur la carte du client.</translation>
    </message>
    <message>
        <source>Invoice…</source>
        <translation>Facture…</translation>
    </message>
    <message>
        <source>Enter a business customer&apos;s details: the receipt becomes an invoice to them</source>
        <translation>Saisir les coordonnées d’un client professionnel : le ticket devient une facture à son nom</translation>
    </message>
    <message>
        <source>Make the receipt an invoice</source>
        <translation>Transformer le ticket en facture</translation>
    </message>
</context>
<context>
    <name>quire::PaymentCoordinator</name>
    <message>
        <source>The store database cannot be reached, so no payment can be taken. Quire is reconnecting; try again in a moment.</source>
        <translation>La base de données du magasin est injoignable, aucun paiement ne peut donc être accepté. Quire se reconnecte ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The payment service refused the payment: %1</source>
        <translation>Le service de paiement a refusé le paiement : %1</translation>
    </message>
    <message>
        <source>The payment service opened a session for a different amount for payment %1.</source>
        <translation>Le service de paiement a ouvert une session d’un autre montant pour le paiement %1.</translation>
    </message>
    <message>
        <source>Refund %1 failed at the payment service: %2</source>
        <translation>Le remboursement %1 a échoué auprès du service de paiement : %2</translation>
    </message>
    <message>
        <source>The payment service is not responding (%1). Payments wait until it answers again.</source>
        <translation>Le service de paiement ne répond pas (%1). Les paiements attendent qu’il réponde à nouveau.</translation>
    </message>
    <message>
        <source>The payment service opened a session for a different amount; this payment attempt was stopped.</source>
        <translation>Le service de paiement a ouvert une session pour un autre montant ; cette tentative de paiement a été arrêtée.</translation>
    </message>
    <message>
        <source>Order %1, balance after cash</source>
        <translation>Commande %1, solde après espèces</translation>
    </message>
</context>
<context>
    <name>quire::PaymentRepository</name>
    <message>
        <source>payment %1 does not exist</source>
        <translation>le paiement %1 n’existe pas</translation>
    </message>
    <message>
        <source>payment %1 is damaged in the database</source>
        <translation>le paiement %1 est endommagé dans la base de données</translation>
    </message>
    <message>
        <source>payment %1 is no longer %2</source>
        <translation>le paiement %1 n’est plus %2</translation>
    </message>
</context>
<context>
    <name>quire::PaymentScreen</name>
    <message>
        <source>Payment (attempt %1)</source>
        <translation>Paiement (tentative %1)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation>Ouverture de la page de paiement…</translation>
    </message>
    <message>
        <source>The customer can pay on the page below.</source>
        <translation>Le client peut payer sur la page ci-dessous.</translation>
    </message>
    <message>
        <source>The payment service is not answering. Retrying…</source>
        <translation>Le service de paiement ne répond pas. Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Waiting for the payment service…</source>
        <translation>En attente du service de paiement…</translation>
    </message>
    <message>
        <source>The card was declined: %1
The customer can try another card on the page below, or start over.</source>
        <translation>La carte a été refusée : %1
Le client peut essayer une autre carte sur la page ci-dessous, ou recommencer.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>The customer pays on their phone: the code to scan is on the customer display. Waiting for the payment…</source>
        <translation>Le client paie avec son téléphone : le code à scanner est sur l’écran client. En attente du paiement…</translation>
    </message>
    <message>
        <source>The card was declined: %1
The customer can try another card on their phone, or start over.</source>
        <translation>La carte a été refusée : %1
Le client peut essayer une autre carte sur son téléphone, ou recommencer.</translation>
    </message>
    <message>
        <source>Waiting for the payment on the customer&apos;s phone…</source>
        <translation>En attente du paiement sur le téléphone du client…</translation>
    </message>
</context>
<context>
    <name>quire::PaymentWebView</name>
    <message>
        <source>Payment page</source>
        <translation>Page de paiement</translation>
    </message>
</context>
<context>
    <name>quire::Pepper</name>
    <message>
        <source>cannot restrict the permissions of the PIN pepper file %1: %2</source>
        <translation>impossible de restreindre les droits du fichier de poivre des codes PIN %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the PIN pepper file %1: %2</source>
        <translation>impossible de lire le fichier de poivre des codes PIN %1 : %2</translation>
    </message>
    <message>
        <source>the PIN pepper file %1 is damaged (wrong size); restore it from a backup</source>
        <translation>le fichier de poivre des codes PIN %1 est endommagé (mauvaise taille) ; restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the PIN pepper</source>
        <translation>impossible de créer le dossier %1 pour le poivre des codes PIN</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>la bibliothèque de cryptographie n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>cannot create the PIN pepper file %1: %2</source>
        <translation>impossible de créer le fichier de poivre des codes PIN %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the PIN pepper file %1</source>
        <translation>impossible d’écrire le fichier de poivre des codes PIN %1</translation>
    </message>
</context>
<context>
    <name>quire::PepperCheck</name>
    <message>
        <source>the PIN pepper&apos;s check value could not be recorded in %1</source>
        <translation>la valeur de contrôle du poivre des codes PIN n’a pas pu être enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>quire::PinHasher</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>la bibliothèque de cryptographie n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>a PIN is exactly %1 digits</source>
        <translation>un code PIN compte exactement %1 chiffres</translation>
    </message>
    <message>
        <source>PIN hashing ran out of memory</source>
        <translation>mémoire insuffisante pour hacher le code PIN</translation>
    </message>
</context>
<context>
    <name>quire::PriceLawException</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Damaged copy (Mängelexemplar, § 7 BuchPrG)</source>
        <translation>Exemplaire défraîchi (Mängelexemplar, § 7 BuchPrG)</translation>
    </message>
    <message>
        <source>Own staff, for their own use (§ 7 BuchPrG)</source>
        <translation>Personnel du magasin, pour son propre usage (§ 7 BuchPrG)</translation>
    </message>
    <message>
        <source>Teacher&apos;s inspection copy (§ 7 BuchPrG)</source>
        <translation>Exemplaire d’examen pour enseignant (§ 7 BuchPrG)</translation>
    </message>
</context>
<context>
    <name>quire::PricingSettings</name>
    <message>
        <source>%1: &apos;%2&apos; is not LABEL:CODE (e.g. Card:1)</source>
        <translation>%1 : « %2 » n’est pas LIBELLÉ:CODE (par ex. Card:1)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: %3</source>
        <translation>%1 : « %2 » : %3</translation>
    </message>
    <message>
        <source>%1: the label &apos;%2&apos; is there twice</source>
        <translation>%1 : le libellé « %2 » figure deux fois</translation>
    </message>
    <message>
        <source>%1: at most %2 keys, not %3</source>
        <translation>%1 : au plus %2 touches, pas %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not CURRENCY:AMOUNT (e.g. EUR:50.00)</source>
        <translation>%1 : « %2 » n’est pas DEVISE:MONTANT (par ex. EUR:50.00)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a book-price law (use none, de, fr)</source>
        <translation>%1 : « %2 » n’est pas une loi sur le prix du livre (utilisez none, de, fr)</translation>
    </message>
</context>
<context>
    <name>quire::ProductCode</name>
    <message>
        <source>Enter a code: an ISBN, a barcode or a store code.</source>
        <translation>Saisissez un code : un ISBN, un code-barres ou un code magasin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: only digits, hyphens and spaces are allowed.</source>
        <translation>« %1 » n’est pas un code : seuls les chiffres, les tirets et les espaces sont autorisés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a store code: store codes start at 1.</source>
        <translation>« %1 » n’est pas un code magasin : les codes magasin commencent à 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: use an ISBN, a 13-digit EAN, a 12-digit UPC or a store code of up to %2 digits (this has %3).</source>
        <translation>« %1 » n’est pas un code : utilisez un ISBN, un EAN à 13 chiffres, un UPC à 12 chiffres ou un code magasin d’au plus %2 chiffres (celui-ci en a %3).</translation>
    </message>
    <message>
        <source>%1 is not a valid barcode: check digit should be %2.</source>
        <translation>%1 n’est pas un code-barres valide : le chiffre de contrôle devrait être %2.</translation>
    </message>
</context>
<context>
    <name>quire::PurchaseFlow</name>
    <message>
        <source>an order needs at least one book</source>
        <translation>une commande doit contenir au moins un livre</translation>
    </message>
    <message>
        <source>only %1 of &quot;%2&quot; in stock, %3 asked for</source>
        <translation>seulement %1 de « %2 » en stock, %3 demandés</translation>
    </message>
    <message>
        <source>order %1 is %2 and cannot take a payment</source>
        <translation>la commande %1 est %2 et ne peut pas recevoir de paiement</translation>
    </message>
    <message>
        <source>order %1 already has a pending payment (attempt %2)</source>
        <translation>la commande %1 a déjà un paiement en attente (tentative %2)</translation>
    </message>
    <message>
        <source>order %1 is %2 and cannot become %3</source>
        <translation>la commande %1 est %2 et ne peut pas devenir %3</translation>
    </message>
    <message>
        <source>payment %1 is %2 and cannot become %3</source>
        <translation>le paiement %1 est %2 et ne peut pas devenir %3</translation>
    </message>
    <message>
        <source>order %1 is covered by its cash tenders</source>
        <translation>la commande %1 est couverte par ses paiements en espèces</translation>
    </message>
    <message>
        <source>order %1 holds cash tenders: refund the cash before cancelling</source>
        <translation>la commande %1 contient des paiements en espèces : remboursez les espèces avant d’annuler</translation>
    </message>
</context>
<context>
    <name>quire::QrCode</name>
    <message>
        <source>The address is too long for a QR code.</source>
        <translation>L’adresse est trop longue pour un code QR.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Le code QR n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>quire::QuickSaleBar</name>
    <message>
        <source>Quick sale:</source>
        <translation>Vente rapide :</translation>
    </message>
    <message>
        <source>A price above %1 needs a manager&apos;s approval.</source>
        <translation>Un prix supérieur à %1 nécessite l’accord d’un responsable.</translation>
    </message>
    <message>
        <source>%1 for “%2”, above %3</source>
        <translation>%1 pour « %2 », au-delà de %3</translation>
    </message>
    <message>
        <source>“%1” was not added: a price above %2 needs a manager&apos;s approval.</source>
        <translation>« %1 » n’a pas été ajouté : un prix supérieur à %2 nécessite l’accord d’un responsable.</translation>
    </message>
    <message>
        <source>Quick sale: %1</source>
        <translation>Vente rapide : %1</translation>
    </message>
</context>
<context>
    <name>quire::Receipt</name>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment attempt</source>
        <translation>Tentative de paiement</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence du paiement</translation>
    </message>
    <message>
        <source>No file name for the receipt.</source>
        <translation>Aucun nom de fichier pour le ticket.</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Le ticket n’a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Ticket de remboursement</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>Échec du remboursement</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Remboursement en attente</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Refunded to the card</source>
        <translation>Remboursé sur la carte</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Taxe de vente</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Cash handed over (given back)</source>
        <translation>Espèces remises (rendues)</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Facture n°</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Ticket n°</translation>
    </message>
    <message>
        <source>Refund of receipt</source>
        <translation>Remboursement du ticket</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>N° TVA %1</translation>
    </message>
    <message>
        <source>Tax no. %1</source>
        <translation>N° fiscal %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>  Discount: %1</source>
        <translation>  Remise : %1</translation>
    </message>
    <message>
        <source>  Order discount: %1</source>
        <translation>  Remise sur la commande : %1</translation>
    </message>
</context>
<context>
    <name>quire::ReceiptService</name>
    <message>
        <source>An invoice needs the buyer&apos;s name.</source>
        <translation>Une facture exige le nom de l’acheteur.</translation>
    </message>
    <message>
        <source>An invoice needs the buyer&apos;s address.</source>
        <translation>Une facture exige l’adresse de l’acheteur.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number: %1</source>
        <translation>Numéro de TVA de l’acheteur : %1</translation>
    </message>
    <message>
        <source>Order %1 is not paid: it has no invoice yet.</source>
        <translation>La commande %1 n’est pas payée : elle n’a pas encore de facture.</translation>
    </message>
    <message>
        <source>The invoice of order %1 was issued to %2; it cannot be readdressed.</source>
        <translation>La facture de la commande %1 a été émise à %2 ; elle ne peut pas être réadressée.</translation>
    </message>
</context>
<context>
    <name>quire::RefundLineRepository</name>
    <message>
        <source>refund %1 has a damaged line in the database</source>
        <translation>le remboursement %1 a une ligne endommagée dans la base de données</translation>
    </message>
    <message>
        <source>refund %1 has a line with damaged tax</source>
        <translation>le remboursement %1 a une ligne dont la taxe est endommagée</translation>
    </message>
    <message>
        <source>a refund of order %1 has a line with damaged tax</source>
        <translation>un remboursement de la commande %1 a une ligne dont la taxe est endommagée</translation>
    </message>
</context>
<context>
    <name>quire::RefundLinesModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Remboursable</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>quire::RefundPage</name>
    <message>
        <source>The orders could not be searched: %1</source>
        <translation>Les commandes n’ont pas pu être cherchées : %1</translation>
    </message>
    <message>
        <source>counter sale</source>
        <translation>vente en caisse</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>No paid order matches.</source>
        <translation>Aucune commande payée ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found: choose one.</source>
        <translation>
            <numerusform>%n commande trouvée : choisissez-la.</numerusform>
            <numerusform>%n commandes trouvées : choisissez-en une.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Il n’y a pas de commande %1.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Remboursement : %1</translation>
    </message>
    <message>
        <source>Sign in to give refunds.</source>
        <translation>Connectez-vous pour rembourser.</translation>
    </message>
    <message>
        <source>The refund could not be checked: %1</source>
        <translation>Le remboursement n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Refund not approved: %1</source>
        <translation>Remboursement non approuvé : %1</translation>
    </message>
    <message>
        <source>Refund %1 of order %2</source>
        <translation>Rembourser %1 de la commande %2</translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation>Remboursement refusé : %1</translation>
    </message>
    <message>
        <source>The refund could not be made: %1</source>
        <translation>Le remboursement n’a pas pu être effectué : %1</translation>
    </message>
    <message>
        <source>Refund of %1 allowed and sent to the payment service; waiting for its answer…</source>
        <translation>Remboursement de %1 autorisé et envoyé au service de paiement ; en attente de sa réponse…</translation>
    </message>
    <message>
        <source>Try refund %1 of order %2 again</source>
        <translation>Réessayer le remboursement %1 de la commande %2</translation>
    </message>
    <message>
        <source>The refund cannot be tried again: %1</source>
        <translation>Le remboursement ne peut pas être réessayé : %1</translation>
    </message>
    <message>
        <source>Refund sent to the payment service again; waiting for its answer…</source>
        <translation>Remboursement renvoyé au service de paiement ; en attente de sa réponse…</translation>
    </message>
    <message>
        <source>Refund done: %1 has been returned to the customer&apos;s card.</source>
        <translation>Remboursement effectué : %1 a été remboursé sur la carte du client.</translation>
    </message>
    <message>
        <source>The refund failed at the payment service (%1). Nothing was returned: try again.</source>
        <translation>Le remboursement a échoué auprès du service de paiement (%1). Rien n’a été remboursé : réessayez.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectué</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>returned by the customer</source>
        <translation>rendu par le client</translation>
    </message>
    <message>
        <source>out of stock when paid</source>
        <translation>épuisé au moment du paiement</translation>
    </message>
    <message>
        <source>paid after the attempt had ended</source>
        <translation>payé après la fin de la tentative</translation>
    </message>
    <message>
        <source>The refund receipt could not be made: %1</source>
        <translation>Le ticket de remboursement n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Refund receipt saved to %1</source>
        <translation>Ticket de remboursement enregistré dans %1</translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation>Enregistrer le ticket de remboursement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Scan the receipt, or search by receipt number, customer or date.</source>
        <translation>Scannez le ticket, ou cherchez par numéro de ticket, client ou date.</translation>
    </message>
    <message>
        <source>refunded in full</source>
        <translation>entièrement remboursée</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>partiellement remboursée</translation>
    </message>
    <message>
        <source>Order %1, paid %2 on %3 (%4). Refunded so far: %5; still refundable: %6.</source>
        <translation>Commande %1, %2 payés le %3 (%4). Déjà remboursé : %5 ; encore remboursable : %6.</translation>
    </message>
    <message>
        <source>failed, tried again as %1</source>
        <translation>échoué, relancé sous le n° %1</translation>
    </message>
    <message>
        <source>Sign in to look up orders.</source>
        <translation>Connectez-vous pour rechercher des commandes.</translation>
    </message>
    <message>
        <source>Give %1 back in cash for order %2</source>
        <translation>Rendre %1 en espèces pour la commande %2</translation>
    </message>
    <message>
        <source>Refund done: give %1 back in cash from the drawer.</source>
        <translation>Remboursement effectué : rendez %1 en espèces depuis le tiroir.</translation>
    </message>
    <message>
        <source>Open the drawer by hand.</source>
        <translation>Ouvrez le tiroir à la main.</translation>
    </message>
    <message>
        <source>Cash back: %1</source>
        <translation>Rendu en espèces : %1</translation>
    </message>
    <message>
        <source>Order %1, paid %2 in cash on %3: refunded in full.</source>
        <translation>Commande %1, payée %2 en espèces le %3 : remboursée en totalité.</translation>
    </message>
    <message>
        <source>Order %1, paid %2 in cash on %3. The refund gives all of it back in cash from the drawer.</source>
        <translation>Commande %1, payée %2 en espèces le %3. Le remboursement rend tout en espèces depuis le tiroir.</translation>
    </message>
</context>
<context>
    <name>quire::RefundPolicy</name>
    <message>
        <source>clerks</source>
        <translation>les vendeurs</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>les responsables</translation>
    </message>
    <message>
        <source>customers at the kiosk</source>
        <translation>les clients à la borne</translation>
    </message>
    <message>
        <source>Under the store&apos;s refund policy only %1 may give refunds.</source>
        <translation>Selon la politique de remboursement du magasin, seuls %1 peuvent rembourser.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 doit valoir true ou false, pas « %2 »</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a role (use clerk, manager, customer)</source>
        <translation>%1 : « %2 » n’est pas un rôle (utilisez clerk, manager, customer)</translation>
    </message>
    <message>
        <source>%1 must include manager: managers approve the refunds of those who may not give them</source>
        <translation>%1 doit inclure manager : les responsables approuvent les remboursements de ceux qui ne peuvent pas en accorder</translation>
    </message>
    <message>
        <source>%1 must be a whole number of days between 1 and %2, not &apos;%3&apos;</source>
        <translation>%1 doit être un nombre entier de jours entre 1 et %2, pas « %3 »</translation>
    </message>
</context>
<context>
    <name>quire::RefundRepository</name>
    <message>
        <source>a refund needs a positive amount</source>
        <translation>un remboursement doit avoir un montant positif</translation>
    </message>
    <message>
        <source>refund %1 does not exist</source>
        <translation>le remboursement %1 n’existe pas</translation>
    </message>
    <message>
        <source>refund %1 is damaged in the database</source>
        <translation>le remboursement %1 est endommagé dans la base de données</translation>
    </message>
</context>
<context>
    <name>quire::RefundService</name>
    <message>
        <source>Order %1 has not been paid: there is nothing to refund.</source>
        <translation>La commande %1 n’a pas été payée : il n’y a rien à rembourser.</translation>
    </message>
    <message>
        <source>Sign in to give refunds.</source>
        <translation>Connectez-vous pour rembourser.</translation>
    </message>
    <message>
        <source>This account is disabled or no longer exists.</source>
        <translation>Ce compte est désactivé ou n’existe plus.</translation>
    </message>
    <message>
        <source>You can only ask for refunds of your own orders.</source>
        <translation>Vous ne pouvez demander le remboursement que de vos propres commandes.</translation>
    </message>
    <message>
        <source>Order %1 has already been refunded in full.</source>
        <translation>La commande %1 a déjà été entièrement remboursée.</translation>
    </message>
    <message>
        <source>Order %1 is not paid: there is nothing to refund.</source>
        <translation>La commande %1 n’est pas payée : il n’y a rien à rembourser.</translation>
    </message>
    <message numerus="yes">
        <source>Refunds are possible within %n day(s) of payment; order %1 was paid on %2.</source>
        <translation>
            <numerusform>Les remboursements sont possibles dans les %n jour suivant le paiement ; la commande %1 a été payée le %2.</numerusform>
            <numerusform>Les remboursements sont possibles dans les %n jours suivant le paiement ; la commande %1 a été payée le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one copy to refund.</source>
        <translation>Choisissez au moins un exemplaire à rembourser.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>La commande %1 n’a pas de ligne %2.</translation>
    </message>
    <message>
        <source>Only %1 of “%2” can still be refunded.</source>
        <translation>Seuls %1 de « %2 » peuvent encore être remboursés.</translation>
    </message>
    <message>
        <source>The store&apos;s refund policy allows whole orders only: every copy still paid for must be refunded together.</source>
        <translation>La politique du magasin n’autorise que les commandes entières : tous les exemplaires encore payés doivent être remboursés ensemble.</translation>
    </message>
    <message>
        <source>A refund cannot exceed what was paid: %1 is left to refund.</source>
        <translation>Un remboursement ne peut dépasser ce qui a été payé : il reste %1 à rembourser.</translation>
    </message>
    <message>
        <source>Only a refund that failed can be tried again.</source>
        <translation>Seul un remboursement échoué peut être réessayé.</translation>
    </message>
    <message>
        <source>A refund cannot exceed what was paid: this money has already been refunded.</source>
        <translation>Un remboursement ne peut dépasser ce qui a été payé : cet argent a déjà été remboursé.</translation>
    </message>
    <message>
        <source>These copies have already been refunded.</source>
        <translation>Ces exemplaires ont déjà été remboursés.</translation>
    </message>
    <message>
        <source>Refund %1 has already been tried again (refund %2).</source>
        <translation>Le remboursement %1 a déjà été relancé (remboursement %2).</translation>
    </message>
</context>
<context>
    <name>quire::RefundTax</name>
    <message>
        <source>order %1 line %2 has no tax category</source>
        <translation>la commande %1, ligne %2, n’a pas de catégorie fiscale</translation>
    </message>
</context>
<context>
    <name>quire::RoleText</name>
    <message>
        <source>Clerk</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>quire::SecretFile</name>
    <message>
        <source>%1 file &apos;%2&apos; does not exist</source>
        <translation>le fichier « %2 » (%1) n’existe pas</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; is not a regular file</source>
        <translation>le fichier « %2 » (%1) n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; is not readable: %3</source>
        <translation>le fichier « %2 » (%1) est illisible : %3</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; belongs to user id %3, not to the user Quire runs as (%4) or root: run chown %4 %2</source>
        <translation>le fichier « %2 » (%1) appartient à l’utilisateur d’ID %3, et non à l’utilisateur sous lequel Quire tourne (%4) ni à root : lancez chown %4 %2</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; is accessible by group or others (mode %3); it must be readable by Quire&apos;s user only: run chmod 600 %2</source>
        <translation>le fichier « %2 » (%1) est accessible au groupe ou aux autres (mode %3) ; il doit être lisible par le seul utilisateur de Quire : lancez chmod 600 %2</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; is empty</source>
        <translation>le fichier « %2 » (%1) est vide</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos;, line %3: the secret is shorter than %4 characters</source>
        <translation>fichier « %2 » (%1), ligne %3 : le secret compte moins de %4 caractères</translation>
    </message>
</context>
<context>
    <name>quire::ServiceStatusWidget</name>
    <message>
        <source>Payment service: online</source>
        <translation>Service de paiement : en ligne</translation>
    </message>
    <message>
        <source>Payment service: not responding</source>
        <translation>Service de paiement : ne répond pas</translation>
    </message>
    <message>
        <source>Alerts unavailable: %1</source>
        <translation>Alertes indisponibles : %1</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Aucune alerte ouverte</translation>
    </message>
    <message>
        <source>1 open alert: %1</source>
        <translation>1 alerte ouverte : %1</translation>
    </message>
    <message>
        <source>%1 open alerts, latest: %2</source>
        <translation>%1 alertes ouvertes, la dernière : %2</translation>
    </message>
</context>
<context>
    <name>quire::ShiftReportDocument</name>
    <message>
        <source>Z report %1</source>
        <translation>Rapport Z %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Caisse %1</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>Ouverte %1 par %2</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Fermée %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé %1</translation>
    </message>
    <message>
        <source>Interim report: the shift is still open.</source>
        <translation>Rapport intermédiaire : la session est encore ouverte.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>Ventes par carte</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Remboursements en espèces</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Remboursements par carte</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Tiroir</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Apport d’espèces</translation>
    </message>
    <message>
        <source>Paid-outs</source>
        <translation>Décaissements</translation>
    </message>
    <message>
        <source>Bank drops</source>
        <translation>Dépôts en banque</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Sans vente</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>Par vendeur</translation>
    </message>
    <message>
        <source>No file name for the report.</source>
        <translation>Aucun nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Le rapport n’a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>quire::ShiftReportView</name>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>Ticket 80 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Rapport de session</translation>
    </message>
</context>
<context>
    <name>quire::ShiftRepository</name>
    <message>
        <source>shift %1 does not exist</source>
        <translation>la session %1 n’existe pas</translation>
    </message>
    <message>
        <source>shift %1 is not open</source>
        <translation>la session %1 n’est pas ouverte</translation>
    </message>
</context>
<context>
    <name>quire::ShiftService</name>
    <message>
        <source>Open a shift before selling at this counter.</source>
        <translation>Ouvrez une session de caisse avant de vendre à ce comptoir.</translation>
    </message>
    <message>
        <source>The kiosk takes no cash.</source>
        <translation>La borne n’accepte pas d’espèces.</translation>
    </message>
    <message>
        <source>No shift is open at this counter: open the till first.</source>
        <translation>Aucune session n’est ouverte à ce comptoir : ouvrez d’abord la caisse.</translation>
    </message>
    <message>
        <source>The kiosk has no till: it takes no cash.</source>
        <translation>La borne n’a pas de caisse : elle n’accepte pas d’espèces.</translation>
    </message>
    <message>
        <source>Count the float first: it cannot be negative.</source>
        <translation>Comptez d’abord le fond de caisse : il ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A shift is already open at this counter (since %1).</source>
        <translation>Une session est déjà ouverte à ce comptoir (depuis %1).</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Indiquez pourquoi l’argent entre ou sort.</translation>
    </message>
    <message>
        <source>The amount must be more than nothing.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>This till counts %1.</source>
        <translation>Cette caisse compte en %1.</translation>
    </message>
    <message>
        <source>The drawer should hold only %1.</source>
        <translation>Le tiroir ne devrait contenir que %1.</translation>
    </message>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>Indiquez pourquoi le tiroir est ouvert sans vente.</translation>
    </message>
    <message>
        <source>No cash drawer is configured: open the drawer by hand.</source>
        <translation>Aucun tiroir-caisse n’est configuré : ouvrez le tiroir à la main.</translation>
    </message>
    <message>
        <source>The drawer did not open (%1): open it by hand.</source>
        <translation>Le tiroir ne s’est pas ouvert (%1) : ouvrez-le à la main.</translation>
    </message>
    <message>
        <source>No shift is open at this counter.</source>
        <translation>Aucune session n’est ouverte à ce comptoir.</translation>
    </message>
    <message>
        <source>Only a manager closes another clerk&apos;s shift.</source>
        <translation>Seul un responsable ferme la session d’un autre vendeur.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is not a note or coin of %2.</source>
        <translation>%1 n’est ni un billet ni une pièce en %2.</translation>
    </message>
    <message>
        <source>The daily overview is for managers.</source>
        <translation>La vue du jour est réservée aux responsables.</translation>
    </message>
</context>
<context>
    <name>quire::SqlDialect</name>
    <message>
        <source>database driver %1 is not supported (use SQLite or PostgreSQL)</source>
        <translation>le pilote de base de données %1 n’est pas pris en charge (utilisez SQLite ou PostgreSQL)</translation>
    </message>
</context>
<context>
    <name>quire::StockRepository</name>
    <message>
        <source>a quantity to take must be at least 1</source>
        <translation>une quantité à prélever doit être d’au moins 1</translation>
    </message>
    <message>
        <source>a quantity to put back must be at least 1</source>
        <translation>une quantité à remettre en stock doit être d’au moins 1</translation>
    </message>
    <message>
        <source>book %1 is not in the catalog</source>
        <translation>le livre %1 n’est pas dans le catalogue</translation>
    </message>
</context>
<context>
    <name>quire::StoreCopier</name>
    <message>
        <source>copying %1: %2</source>
        <translation>copie de %1 : %2</translation>
    </message>
    <message>
        <source>copying %1, row %2: %3</source>
        <translation>copie de %1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>the target database %1 already holds data (%2 rows in %3): copy only into a new, empty database</source>
        <translation>la base de données cible %1 contient déjà des données (%2 lignes dans %3) : copiez uniquement vers une base neuve et vide</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 copied</source>
        <translation>%1 : %2 lignes dans la source, %3 copiées</translation>
    </message>
    <message>
        <source>totals differ after the copy (source: %1; target: %2)</source>
        <translation>les totaux diffèrent après la copie (source : %1 ; cible : %2)</translation>
    </message>
</context>
<context>
    <name>quire::StoreSettings</name>
    <message>
        <source>a VAT number starts with its country&apos;s two letters, e.g. DE123456789</source>
        <translation>un numéro de TVA commence par les deux lettres de son pays, p. ex. DE123456789</translation>
    </message>
    <message>
        <source>%1 is not the form of a VAT number of %2</source>
        <translation>%1 n’a pas la forme d’un numéro de TVA de %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a tax number (digits and letters, with / . - or spaces)</source>
        <translation>%1 : « %2 » n’est pas un numéro fiscal (chiffres et lettres, avec / . - ou des espaces)</translation>
    </message>
    <message>
        <source>%1 must be 80mm, A4 or printer, not &apos;%2&apos;</source>
        <translation>%1 doit valoir 80mm, A4 ou printer, pas « %2 »</translation>
    </message>
</context>
<context>
    <name>quire::StrictHttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d’écouter sur %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>quire::TaxCalculator</name>
    <message>
        <source>the amount is too large to compute its tax</source>
        <translation>le montant est trop élevé pour en calculer la taxe</translation>
    </message>
    <message>
        <source>a tax rate is between 0 % and 100 %</source>
        <translation>un taux de taxe est compris entre 0 % et 100 %</translation>
    </message>
    <message>
        <source>the order charged nothing at %1 %2</source>
        <translation>la commande n’a rien facturé au taux %1 %2</translation>
    </message>
    <message>
        <source>the refunds at %1 would return more than the order charged</source>
        <translation>les remboursements au taux %1 rendraient plus que ce que la commande a facturé</translation>
    </message>
</context>
<context>
    <name>quire::TaxRate</name>
    <message>
        <source>&apos;%1&apos; is not a tax rate in percent (such as 19 or 5.5)</source>
        <translation>« %1 » n’est pas un taux de taxe en pourcentage (par exemple 19 ou 5.5)</translation>
    </message>
    <message>
        <source>a tax rate cannot be more than 100 %, not &apos;%1&apos;</source>
        <translation>un taux de taxe ne peut pas dépasser 100 %, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>quire::TaxRateTable</name>
    <message>
        <source>the %1 category is always 0 %; it takes no rate</source>
        <translation>la catégorie %1 est toujours à 0 % ; elle ne prend pas de taux</translation>
    </message>
    <message>
        <source>a tax rate needs the date it is valid from</source>
        <translation>un taux de taxe a besoin de la date à partir de laquelle il s’applique</translation>
    </message>
    <message>
        <source>a tax rate is between 0 % and 100 %</source>
        <translation>un taux de taxe est compris entre 0 % et 100 %</translation>
    </message>
    <message>
        <source>two %1 rates from %2</source>
        <translation>deux taux %1 à partir du %2</translation>
    </message>
    <message>
        <source>the store has no %1 tax rate on %2</source>
        <translation>le magasin n’a pas de taux de taxe %1 au %2</translation>
    </message>
    <message>
        <source>no tax preset for country &apos;%1&apos; (presets: %2)</source>
        <translation>aucun préréglage fiscal pour le pays « %1 » (préréglages : %2)</translation>
    </message>
</context>
<context>
    <name>quire::TaxRuleRepository</name>
    <message>
        <source>the store&apos;s tax pricing is damaged</source>
        <translation>le mode de taxation du magasin est endommagé</translation>
    </message>
    <message>
        <source>a tax rate has an unknown category &apos;%1&apos;</source>
        <translation>un taux de taxe a une catégorie inconnue « %1 »</translation>
    </message>
    <message>
        <source>the store&apos;s tax rates are damaged: %1</source>
        <translation>les taux de taxe du magasin sont endommagés : %1</translation>
    </message>
</context>
<context>
    <name>quire::TaxSettings</name>
    <message>
        <source>%1: &apos;%2&apos; is not a rate such as 7 or &quot;5 from 2020-07-01&quot;</source>
        <translation>%1 : « %2 » n’est pas un taux comme 7 ou &quot;5 from 2020-07-01&quot;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date</source>
        <translation>%1 : « %2 » n’est pas une date</translation>
    </message>
    <message>
        <source>tax/%1 is not a setting (country, pricing, reduced, standard)</source>
        <translation>tax/%1 n’est pas un réglage (country, pricing, reduced, standard)</translation>
    </message>
    <message>
        <source>tax/country us has no preset rates: set tax/reduced and tax/standard to the state&apos;s and city&apos;s sales tax on books and on other goods</source>
        <translation>tax/country us n’a pas de taux prédéfinis : réglez tax/reduced et tax/standard sur la taxe de vente de l’État et de la ville pour les livres et les autres biens</translation>
    </message>
    <message>
        <source>tax/country: %1, or us</source>
        <translation>tax/country : %1, ou us</translation>
    </message>
    <message>
        <source>tax/pricing must be inclusive or exclusive, not &apos;%1&apos;</source>
        <translation>tax/pricing doit valoir inclusive ou exclusive, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 needs one rate without a date: the one valid until the first change</source>
        <translation>%1 a besoin d’un taux sans date : celui valable jusqu’au premier changement</translation>
    </message>
</context>
<context>
    <name>quire::TenderPanel</name>
    <message>
        <source>Exact</source>
        <translation>Appoint</translation>
    </message>
    <message>
        <source>Total %1 · paid in cash %2</source>
        <translation>Total %1 · payé en espèces %2</translation>
    </message>
    <message>
        <source>Due %1 (in cash %2)</source>
        <translation>Reste dû %1 (en espèces %2)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Reste dû %1</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Pas un montant</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rendu %1</translation>
    </message>
    <message>
        <source>Still due %1</source>
        <translation>Reste encore %1</translation>
    </message>
    <message>
        <source>Enter the amount the customer handed over.</source>
        <translation>Saisissez le montant remis par le client.</translation>
    </message>
    <message>
        <source>Paid. Give %1 change.</source>
        <translation>Payé. Rendez %1.</translation>
    </message>
    <message>
        <source>%1 taken in cash; %2 still due.</source>
        <translation>%1 reçu en espèces ; reste %2.</translation>
    </message>
    <message>
        <source>Open the drawer by hand.</source>
        <translation>Ouvrez le tiroir à la main.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Cash part handed over</source>
        <translation>Part remise en espèces</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Montant remis</translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Pay the rest by card</source>
        <translation>Payer le reste par carte</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Payer par carte</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
</context>
<context>
    <name>quire::TenderRepository</name>
    <message>
        <source>tender %1 does not exist</source>
        <translation>le paiement %1 n’existe pas</translation>
    </message>
    <message>
        <source>tender %1 is not paid</source>
        <translation>le paiement %1 n’est pas payé</translation>
    </message>
</context>
<context>
    <name>quire::TenderService</name>
    <message>
        <source>Enter the amount the customer handed over.</source>
        <translation>Saisissez le montant remis par le client.</translation>
    </message>
    <message>
        <source>Order %1 is %2: it takes no more payments.</source>
        <translation>La commande %1 est %2 : elle n’accepte plus de paiement.</translation>
    </message>
    <message>
        <source>This till takes %1.</source>
        <translation>Cette caisse accepte %1.</translation>
    </message>
    <message>
        <source>A card payment of this order is under way: let it finish or cancel it first.</source>
        <translation>Un paiement par carte de cette commande est en cours : attendez sa fin ou annulez-le d’abord.</translation>
    </message>
    <message>
        <source>Order %1 is paid in full.</source>
        <translation>La commande %1 est entièrement payée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in stock any more: take it off the order first.</source>
        <translation>« %1 » n’est plus en stock : retirez-le d’abord de la commande.</translation>
    </message>
    <message>
        <source>Say why the cash goes back.</source>
        <translation>Indiquez pourquoi l’argent est rendu.</translation>
    </message>
    <message>
        <source>This cash was given back already.</source>
        <translation>Cet argent a déjà été rendu.</translation>
    </message>
    <message>
        <source>tender %1 belongs to another order</source>
        <translation>le paiement %1 appartient à une autre commande</translation>
    </message>
    <message>
        <source>Order %1 has already been refunded in full.</source>
        <translation>La commande %1 a déjà été entièrement remboursée.</translation>
    </message>
    <message>
        <source>Order %1 is not paid: there is nothing to refund.</source>
        <translation>La commande %1 n’est pas payée : il n’y a rien à rembourser.</translation>
    </message>
    <message>
        <source>Order %1 was paid partly by card: its cash cannot be given back here on its own.</source>
        <translation>La commande %1 a été payée en partie par carte : ses espèces ne peuvent pas être rendues ici seules.</translation>
    </message>
    <message>
        <source>Refunds are possible within %1 days of payment; order %2 was paid on %3.</source>
        <translation>Les remboursements sont possibles dans les %1 jours suivant le paiement ; la commande %2 a été payée le %3.</translation>
    </message>
    <message>
        <source>Order %1 holds no cash to give back.</source>
        <translation>La commande %1 ne contient pas d’espèces à rendre.</translation>
    </message>
</context>
<context>
    <name>quire::TillAccess</name>
    <message>
        <source>Sign in at the till first.</source>
        <translation>Connectez-vous d’abord à la caisse.</translation>
    </message>
    <message>
        <source>This account is disabled or no longer exists.</source>
        <translation>Ce compte est désactivé ou n’existe plus.</translation>
    </message>
    <message>
        <source>Taking cash out of the drawer needs a manager&apos;s approval.</source>
        <translation>Sortir de l’argent du tiroir demande l’accord d’un responsable.</translation>
    </message>
    <message>
        <source>Your role may not do this at the till.</source>
        <translation>Votre rôle ne permet pas cela à la caisse.</translation>
    </message>
</context>
<context>
    <name>quire::TillSettings</name>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 doit valoir true ou false, pas « %2 »</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not CURRENCY:INCREMENT (e.g. CHF:5)</source>
        <translation>%1 : « %2 » n’est pas DEVISE:PAS (par ex. CHF:5)</translation>
    </message>
    <message>
        <source>%1 and %2: name the drawer&apos;s printer one way, not both</source>
        <translation>%1 et %2 : désignez l’imprimante du tiroir-caisse d’une seule façon, pas les deux</translation>
    </message>
</context>
<context>
    <name>quire::UserAdministration</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <source>This store already has a manager.</source>
        <translation>Ce magasin a déjà un responsable.</translation>
    </message>
    <message>
        <source>This user name, e-mail address or card is taken.</source>
        <translation>Ce nom d&apos;utilisateur, cette adresse e-mail ou cette carte est déjà pris.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The last enabled manager cannot be disabled.</source>
        <translation>Le dernier responsable actif ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>quire::UserListModel</name>
    <message>
        <source>Signs in as</source>
        <translation>Se connecte en tant que</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu’à %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>quire::UserRepository</name>
    <message>
        <source>no such user</source>
        <translation>cet utilisateur n’existe pas</translation>
    </message>
    <message>
        <source>user %1 has an unknown role</source>
        <translation>l’utilisateur %1 a un rôle inconnu</translation>
    </message>
</context>
<context>
    <name>quire::UserSession</name>
    <message>
        <source>the session is not locked</source>
        <translation>la session n’est pas verrouillée</translation>
    </message>
</context>
<context>
    <name>quire::UserValidation</name>
    <message>
        <source>A user name has 2 to 32 lower-case letters, digits, dots, dashes or underscores, and starts with a letter.</source>
        <translation>Un nom d&apos;utilisateur compte 2 à 32 lettres minuscules, chiffres, points, tirets ou soulignés, et commence par une lettre.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A loyalty-card number has 8 to 19 digits.</source>
        <translation>Un numéro de carte de fidélité compte 8 à 19 chiffres.</translation>
    </message>
    <message>
        <source>A display name has 1 to 64 characters.</source>
        <translation>Un nom affiché compte 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>Only customers have an e-mail address or card number.</source>
        <translation>Seuls les clients ont une adresse e-mail ou un numéro de carte.</translation>
    </message>
    <message>
        <source>A customer needs an e-mail address or a loyalty-card number.</source>
        <translation>Un client doit avoir une adresse e-mail ou un numéro de carte de fidélité.</translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits.</source>
        <translation>Un code PIN a exactement 6 chiffres.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it is all the same digit.</source>
        <translation>Ce code PIN est trop facile à deviner : il ne contient qu’un seul chiffre répété.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: its digits run in a row, like 123456.</source>
        <translation>Ce code PIN est trop facile à deviner : ses chiffres se suivent, comme 123456.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it repeats a short pattern, like 121212.</source>
        <translation>Ce code PIN est trop facile à deviner : il répète un motif court, comme 121212.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it is one of the most common PINs.</source>
        <translation>Ce code PIN est trop facile à deviner : il fait partie des codes PIN les plus courants.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it is part of the account&apos;s name, e-mail address or card number.</source>
        <translation>Ce code PIN est trop facile à deviner : il figure dans le nom, l’adresse e-mail ou le numéro de carte du compte.</translation>
    </message>
</context>
<context>
    <name>quire::UsersPage</name>
    <message>
        <source>The user list cannot be read: %1</source>
        <translation>La liste des utilisateurs est illisible : %1</translation>
    </message>
    <message>
        <source>The user was not added: %1</source>
        <translation>L’utilisateur n’a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <source>The account is enabled again.</source>
        <translation>Le compte est de nouveau actif.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation>Le compte est déverrouillé.</translation>
    </message>
    <message>
        <source>The PIN is reset; tell the person their new PIN.</source>
        <translation>Le code PIN est réinitialisé ; communiquez son nouveau code PIN à la personne.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
</context>
</TS>
