#include "AuthFixture.h"
#include "CartModel.h"
#include "TestDatabase.h"
#include "auth/AccessPolicy.h"
#include "auth/UserValidation.h"
#include "catalog/CartPage.h"
#include "flows/PurchaseFlow.h"
#include "language/LanguageChooser.h"
#include "language/LanguageSwitcher.h"
#include "services/RefundPolicy.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace quire;

// Protects the runtime language switch: choosing German or French in the
// chooser changes the visible texts of an open screen (form labels, texts set
// in code, table headers from the model) and the money format, without a
// restart, and English comes back the same way.
class LanguageSwitchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offersTheTranslatedLanguages();
    void switchesVisibleTextsAndMoney();
    void unknownLanguageFallsBackToEnglish();
    void coreMessagesFollowTheLanguage();
    void coreErrorsFollowTheLanguage();

private:
    QString total() const
    {
        return m_page->findChild<QLabel *>(QStringLiteral("totalLabel"))->text();
    }
    QString titleHeader() const
    {
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("linesView"));
        return view->model()->headerData(0, Qt::Horizontal).toString();
    }
    void choose(const QString &languageName);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<LanguageSwitcher> m_switcher;
    std::unique_ptr<CartModel> m_cart;
    std::unique_ptr<QWidget> m_window;
    CartPage *m_page = nullptr;
    LanguageChooser *m_chooser = nullptr;
};

void LanguageSwitchTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->isValid());
    m_switcher = std::make_unique<LanguageSwitcher>();
    m_switcher->switchTo(QLocale(QLocale::English, QLocale::UnitedStates));
    m_db->addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 1250,
                  QStringLiteral("EUR"), 5);
    auto till = Cart::open(m_db->database(), m_db->clock(), QStringLiteral("till-1"));
    QVERIFY(till);
    m_cart = std::make_unique<CartModel>(std::move(till).value());
    QVERIFY(m_cart->addIsbn(QStringLiteral("9780141439518")));

    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_chooser = new LanguageChooser(m_switcher.get(), m_window.get());
    m_page = new CartPage(m_cart.get(), m_window.get());
    layout->addWidget(m_chooser);
    layout->addWidget(m_page);
    m_window->resize(700, 500);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void LanguageSwitchTest::cleanup()
{
    m_window.reset();
    m_cart.reset();
    m_switcher.reset();
    m_db.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void LanguageSwitchTest::choose(const QString &languageName)
{
    const int index = m_chooser->findText(languageName);
    QVERIFY2(index >= 0, qPrintable(languageName));
    // A person opens the list and clicks the language.
    QSignalSpy switched(m_switcher.get(), &LanguageSwitcher::languageChanged);
    m_chooser->showPopup();
    QAbstractItemView *list = m_chooser->view();
    QTRY_VERIFY(list->isVisible());
    const QRect entry = list->visualRect(list->model()->index(index, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, entry.center());
    QTRY_COMPARE(switched.size(), 1);
}

void LanguageSwitchTest::offersTheTranslatedLanguages()
{
    QStringList names;
    for (int i = 0; i < m_chooser->count(); ++i)
        names << m_chooser->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("American English"), QStringLiteral("Deutsch"),
                                 QStringLiteral("Français")}));
    QCOMPARE(m_chooser->accessibleName(), QStringLiteral("Language"));
}

void LanguageSwitchTest::switchesVisibleTextsAndMoney()
{
    QCOMPARE(total(), QStringLiteral("Total: €12.50"));
    QCOMPARE(titleHeader(), QStringLiteral("Title"));

    choose(QStringLiteral("Deutsch"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QTRY_COMPARE(total(), QStringLiteral("Summe: 12,50\u00a0€"));
    QCOMPARE(titleHeader(), QStringLiteral("Titel"));
    QTRY_COMPARE(m_chooser->accessibleName(), QStringLiteral("Sprache"));

    choose(QStringLiteral("Français"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QTRY_COMPARE(total(), QStringLiteral("Total : 12,50\u00a0€"));
    QCOMPARE(titleHeader(), QStringLiteral("Titre"));

    choose(QStringLiteral("American English"));
    QTRY_COMPARE(total(), QStringLiteral("Total: €12.50"));
    QCOMPARE(titleHeader(), QStringLiteral("Title"));
}

void LanguageSwitchTest::coreMessagesFollowTheLanguage()
{
    // What the core refuses reaches customers at the kiosk (signing up) and
    // managers (the users page) in the language chosen.
    const auto message = [] {
        return UserValidation::validateEmail(QStringLiteral("not an address")).error().message;
    };
    QCOMPARE(message(), QStringLiteral("This is not an e-mail address."));
    choose(QStringLiteral("Deutsch"));
    QCOMPARE(message(), QStringLiteral("Das ist keine E-Mail-Adresse."));
    choose(QStringLiteral("Français"));
    QCOMPARE(message(), QStringLiteral("Ce n'est pas une adresse e-mail."));
}

void LanguageSwitchTest::coreErrorsFollowTheLanguage()
{
    // The core translates its errors where it makes them (docs/translations.md):
    // a sale beyond the stock, a clerk's forbidden action, an order that does
    // not exist and a refund policy naming no role come out in the language
    // chosen, in the words of the glossaries.
    PurchaseFlow flow(m_db->database(), m_db->clock());
    const Actor quire = Actor::system(QStringLiteral("test"));
    const auto tooMany = [&] {
        return flow.createOrder({{QStringLiteral("9780141439518"), 9}}, quire).error().message;
    };
    const auto missingOrder = [&] { return flow.findOrder(4242).error().message; };
    test::AuthFixture staff;
    const SignedInUser clerk
        = staff.addUser(QStringLiteral("Chris"), Role::Clerk, QStringLiteral("314159"));
    AccessPolicy access(staff.db().database(), staff.clock());
    const auto forbidden = [&] {
        auto refused = access.authorize(clerk, Permission::ImportCatalog);
        return refused ? QString() : refused.error().message;
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("quire.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("refunds/allowedRoles"), QStringLiteral("cashier"));
    const auto badPolicy = [&] { return RefundPolicy::fromSettings(settings).error().message; };

    QCOMPARE(tooMany(), QStringLiteral("only 5 of \"Pride and Prejudice\" in stock, 9 asked for"));
    QCOMPARE(forbidden(), QStringLiteral("not allowed: import_catalog"));
    QCOMPARE(missingOrder(), QStringLiteral("order 4242 does not exist"));
    QCOMPARE(badPolicy(), QStringLiteral("refunds/allowedRoles: 'cashier' is not a role (use "
                                         "clerk, manager, customer)"));

    choose(QStringLiteral("Deutsch"));
    QCOMPARE(tooMany(), QStringLiteral("nur 5 von „Pride and Prejudice“ auf Lager, 9 verlangt"));
    QCOMPARE(forbidden(), QStringLiteral("nicht erlaubt: import_catalog"));
    QCOMPARE(missingOrder(), QStringLiteral("Bestellung 4242 existiert nicht"));
    QCOMPARE(badPolicy(), QStringLiteral("refunds/allowedRoles: „cashier“ ist keine Rolle "
                                         "(clerk, manager, customer verwenden)"));

    choose(QStringLiteral("Français"));
    QCOMPARE(tooMany(),
             QStringLiteral("seulement 5 de « Pride and Prejudice » en stock, 9 demandés"));
    QCOMPARE(missingOrder(), QStringLiteral("la commande 4242 n’existe pas"));

    choose(QStringLiteral("American English"));
    QCOMPARE(missingOrder(), QStringLiteral("order 4242 does not exist"));
}

void LanguageSwitchTest::unknownLanguageFallsBackToEnglish()
{
    const QLocale used = m_switcher->switchTo(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(used.language(), QLocale::English);
    QCOMPARE(m_switcher->switchTo(QLocale(QLocale::German, QLocale::Austria)),
             QLocale(QLocale::German, QLocale::Austria));
    QTRY_COMPARE(titleHeader(), QStringLiteral("Titel"));
}

QTEST_MAIN(LanguageSwitchTest)
#include "LanguageSwitchTest.moc"
