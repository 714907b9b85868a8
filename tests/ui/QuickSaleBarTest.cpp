#include "catalog/QuickSaleBar.h"

#include "AuthFixture.h"
#include "CartModel.h"
#include "CatalogModel.h"
#include "auth/AccessPolicy.h"
#include "auth/ManagerOverrideDialog.h"
#include "auth/UserSession.h"
#include "catalog/CatalogPage.h"
#include "catalog/CatalogSearch.h"
#include "catalog/OpenPriceDialog.h"
#include "services/CoreOptions.h"
#include "services/DemoData.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

Money eur(qint64 minor)
{
    return *Money::fromMinorUnits(minor, QStringLiteral("EUR"));
}

// The settings file of a store, with `ini` as its text.
struct SettingsFile
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;

    explicit SettingsFile(const QByteArray &ini)
    {
        QFile file(dir.filePath(QStringLiteral("quire.ini")));
        if (!file.open(QIODevice::WriteOnly) || file.write(ini) != ini.size())
            qFatal("cannot write the settings file");
        file.close();
        settings = std::make_unique<QSettings>(file.fileName(), QSettings::IniFormat);
    }
};

// The counter's catalog page with the demo's items and keys, a clerk signed in.
struct Counter
{
    test::AuthFixture auth;
    std::unique_ptr<UserSession> session;
    std::unique_ptr<AccessPolicy> policy;
    std::unique_ptr<CatalogSearch> search;
    std::unique_ptr<CatalogModel> catalog;
    std::unique_ptr<CartModel> cart;
    std::unique_ptr<CatalogPage> page;
    QuickSaleBar *bar = nullptr;

    bool open(const PricingSettings &pricing)
    {
        if (!DemoData::seedCatalog(auth.db().database(), auth.clock()).ok())
            return false;
        auth.owner();
        const SignedInUser clerk
            = auth.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        session = std::make_unique<UserSession>(auth.auth());
        session->start(clerk);
        policy = std::make_unique<AccessPolicy>(auth.db().database(), auth.clock());
        auto till = Cart::open(auth.db().database(), auth.clock(), QStringLiteral("counter-1"));
        if (!till)
            return false;
        search = std::make_unique<CatalogSearch>(auth.db().database());
        catalog = std::make_unique<CatalogModel>(*search);
        cart = std::make_unique<CartModel>(std::move(till).value());
        cart->setApprovalLimits(pricing.openPriceApprovalLimits);
        page = std::make_unique<CatalogPage>(catalog.get(), cart.get());
        bar = new QuickSaleBar(pricing, cart.get());
        bar->setApproval(policy.get(), &auth.auth(), session.get());
        page->setQuickSaleBar(bar);
        page->resize(900, 600);
        page->show();
        page->activateWindow();
        return QTest::qWaitForWindowActive(page.get());
    }

    QString message() { return page->findChild<QLabel *>(QStringLiteral("messageLabel"))->text(); }
    OpenPriceDialog *priceDialog() { return page->findChild<OpenPriceDialog *>(); }
    qint64 count(const QString &table, const QString &where = QString())
    {
        return auth.db().count(table, where);
    }
    // Presses the key and waits for its price dialog.
    QLineEdit *pressForPrice(const QString &label)
    {
        QTest::mouseClick(bar->keyButton(label), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return priceDialog() && priceDialog()->isVisible(); }, 5000))
            return nullptr;
        return priceDialog()->findChild<QLineEdit *>(QStringLiteral("openPriceEdit"));
    }
};

} // namespace

// Protects: the store's [pricing] section is read or refused naming its
// key; the counter's quick-sale keys add their items, an open-price key
// asks for the price (Enter adds, Escape cancels, a non-amount is
// explained), and a price above the limit needs a manager in place.
class QuickSaleBarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsThePricingSection()
    {
        SettingsFile file("[pricing]\n"
                          "quickKeys = Card:1, Gift bag:2000000000022, Pen:4006381333931\n"
                          "openPriceApprovalLimit = EUR:50, JPY:8000\n");
        const auto pricing = PricingSettings::fromSettings(*file.settings);
        QVERIFY2(pricing.ok(), qPrintable(pricing.ok() ? QString() : pricing.error().message));
        QCOMPARE(pricing->quickKeys.size(), 3);
        QCOMPARE(pricing->quickKeys.at(0),
                 (QuickSaleKey{QStringLiteral("Card"), QStringLiteral("2000000000015")}));
        QCOMPARE(pricing->quickKeys.at(1).label, QStringLiteral("Gift bag"));
        QCOMPARE(pricing->quickKeys.at(2).code, QStringLiteral("4006381333931"));
        QCOMPARE(pricing->approvalLimit(QStringLiteral("EUR")), eur(5000));
        QCOMPARE(pricing->approvalLimit(QStringLiteral("JPY"))->minorUnits(), 8000);
        QVERIFY(!pricing->approvalLimit(QStringLiteral("CHF")));
        QVERIFY(!pricing->needsApproval(eur(5000)));
        QVERIFY(pricing->needsApproval(eur(5001)));
        QVERIFY(!pricing->needsApproval(*Money::fromMinorUnits(999999, QStringLiteral("CHF"))));

        // No section: no keys, no limit; the whole options read it too.
        SettingsFile empty("[till]\nrequireOpenShift = false\n");
        QVERIFY(PricingSettings::fromSettings(*empty.settings)->quickKeys.isEmpty());
        const auto options = CoreOptions::fromSettings(*file.settings);
        QVERIFY(options.ok());
        QCOMPARE(options->pricing.quickKeys.size(), 3);
    }

    void refusesBadPricingNamingTheKey_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("message");
        QTest::newRow("no code") << QByteArray("quickKeys = Card\n")
                                 << "pricing/quickKeys: 'Card' is not LABEL:CODE";
        QTest::newRow("no label") << QByteArray("quickKeys = :1\n")
                                  << "pricing/quickKeys: ':1' is not LABEL:CODE";
        QTest::newRow("bad code") << QByteArray("quickKeys = Card:4006381333932\n")
                                  << "check digit should be 1";
        QTest::newRow("twice") << QByteArray("quickKeys = Card:1, card:2\n")
                               << "the label 'card' is there twice";
        QTest::newRow("too many") << QByteArray(
            "quickKeys = a:1, b:2, c:3, d:4, e:5, f:6, g:7, h:8, i:9, j:10, k:11, "
            "l:12, m:13\n") << "at most 12 keys, not 13";
        QTest::newRow("limit without currency")
            << QByteArray("openPriceApprovalLimit = 50\n")
            << "pricing/openPriceApprovalLimit: '50' is not CURRENCY:AMOUNT";
        QTest::newRow("limit bad currency")
            << QByteArray("openPriceApprovalLimit = EURO:50\n") << "'EURO:50' is not";
        QTest::newRow("limit bad amount")
            << QByteArray("openPriceApprovalLimit = EUR:fifty\n") << "'EUR:fifty' is not";
    }

    void refusesBadPricingNamingTheKey()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, message);
        SettingsFile file("[pricing]\n" + ini);
        const auto options = CoreOptions::fromSettings(*file.settings);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().kind, ErrorKind::Invalid);
        QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
        QVERIFY(options.error().message.startsWith(u"pricing/"));
    }

    void keysAddTheirItemsAndAskForAnOpenPrice()
    {
        Counter counter;
        QVERIFY(counter.open(DemoData::pricing()));
        QCOMPARE(counter.bar->keyButtons().size(), 3);
        QCOMPARE(counter.bar->keyButton(QStringLiteral("Card"))->accessibleName(),
                 QStringLiteral("Quick sale: Card"));

        // A fixed price: one press, one bag, straight into the cart.
        QTest::mouseClick(counter.bar->keyButton(QStringLiteral("Bag")), Qt::LeftButton);
        QTRY_COMPARE(counter.cart->rowCount(), 1);
        QCOMPARE(counter.cart->line(0).title, QStringLiteral("Gift bag"));
        QCOMPARE(counter.cart->line(0).unitPrice, eur(50));
        QVERIFY(counter.message().contains(QStringLiteral("Gift bag")));
        QVERIFY(!counter.priceDialog());

        // An open price: the dialog; a non-amount is explained, it stays.
        QLineEdit *price = counter.pressForPrice(QStringLiteral("Card"));
        QVERIFY(price);
        QCOMPARE(counter.priceDialog()->focusWidget(), price); // typing goes there
        QTest::keyClicks(price, QStringLiteral("a lot"));
        QTest::keyClick(price, Qt::Key_Return);
        QVERIFY(counter.priceDialog()->isVisible());
        QVERIFY(counter.priceDialog()
                    ->findChild<QLabel *>(QStringLiteral("openPriceMessage"))
                    ->text()
                    .contains(QStringLiteral("above zero")));
        QCOMPARE(counter.cart->rowCount(), 1);
        // Escape: nothing added.
        QTest::keyClick(price, Qt::Key_Escape);
        QTRY_VERIFY(!counter.priceDialog());
        QCOMPARE(counter.cart->rowCount(), 1);
        QCOMPARE(counter.count(QStringLiteral("cart_lines")), 1);

        // Enter adds at the price typed, read without floating point.
        price = counter.pressForPrice(QStringLiteral("Card"));
        QVERIFY(price);
        QTest::keyClicks(price, QStringLiteral("3.5"));
        QTest::keyClick(price, Qt::Key_Return);
        QTRY_VERIFY(!counter.priceDialog());
        QTRY_COMPARE(counter.cart->rowCount(), 2);
        QCOMPARE(counter.cart->line(1).title, QStringLiteral("Greeting card"));
        QCOMPARE(counter.cart->line(1).unitPrice, eur(350));
        QVERIFY(counter.cart->line(1).priceEntered);
        QVERIFY2(counter.message().contains(eur(350).toString()), qPrintable(counter.message()));
        QCOMPARE(counter.count(QStringLiteral("cart_lines"),
                               QStringLiteral("unit_price_minor = 350 AND isbn13 = '%1'")
                                   .arg(QLatin1String(DemoData::CardCode))),
                 1);
        QCOMPARE(counter.auth.auditCount(QStringLiteral("open_price_entered")), 1);
    }

    void aPriceAboveTheLimitNeedsTheManagerInPlace()
    {
        Counter counter;
        QVERIFY(counter.open(DemoData::pricing())); // above 50.00 EUR: a manager

        // Cancelled by the manager prompt: nothing added, and why.
        QLineEdit *price = counter.pressForPrice(QStringLiteral("Card"));
        QVERIFY(price);
        QCOMPARE(
            counter.priceDialog()->findChild<QLabel *>(QStringLiteral("openPriceHint"))->text(),
            QStringLiteral("Above %1 a manager approves the price.").arg(eur(5000).toString()));
        QTest::keyClicks(price, QStringLiteral("75"));
        ManagerOverrideDialog::setNextAnswer({true, QString(), QString()});
        QTest::keyClick(price, Qt::Key_Return);
        QTRY_VERIFY(!counter.priceDialog());
        QCOMPARE(counter.cart->rowCount(), 0);
        QVERIFY2(counter.message().contains(QStringLiteral("manager's approval")),
                 qPrintable(counter.message()));

        // Approved with the manager's PIN: added, both users in the audit.
        price = counter.pressForPrice(QStringLiteral("Card"));
        QVERIFY(price);
        QTest::keyClicks(price, QStringLiteral("75"));
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("owner"), QStringLiteral("918273")});
        QTest::keyClick(price, Qt::Key_Return);
        QTRY_COMPARE(counter.cart->rowCount(), 1);
        QCOMPARE(counter.cart->line(0).unitPrice, eur(7500));
        QCOMPARE(counter.auth.auditCount(QStringLiteral("override_approved")), 1);
        QCOMPARE(counter.count(QStringLiteral("audit_log"),
                               QStringLiteral("action = 'open_price_entered' AND actor_name = "
                                              "'owner (approved for alex)'")),
                 1);
        // Up to the limit the clerk needs nobody.
        price = counter.pressForPrice(QStringLiteral("Card"));
        QVERIFY(price);
        QTest::keyClicks(price, QStringLiteral("50"));
        QTest::keyClick(price, Qt::Key_Return);
        QTRY_COMPARE(counter.cart->rowCount(), 2);
        QCOMPARE(counter.count(QStringLiteral("audit_log"),
                               QStringLiteral("action = 'open_price_entered' AND actor_name = "
                                              "'alex'")),
                 1);
        QCOMPARE(counter.auth.auditCount(QStringLiteral("override_approved")), 1);
    }
};

QTEST_MAIN(QuickSaleBarTest)
#include "QuickSaleBarTest.moc"
