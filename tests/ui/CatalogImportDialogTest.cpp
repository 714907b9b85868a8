#include "catalog/CatalogImportDialog.h"

#include "AuthFixture.h"
#include "CartModel.h"
#include "CatalogModel.h"
#include "auth/UserSession.h"
#include "cart/Cart.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogImportJob.h"
#include "catalog/CatalogPage.h"
#include "catalog/CatalogSearch.h"
#include "persistence/BookRepository.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace quire;

namespace {

// ISBN-13 with prefix 978 and the right check digit for `serial`.
QString isbnFor(qint64 serial)
{
    const QString body = QStringLiteral("978%1").arg(serial, 9, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (body.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return body + QString::number((10 - sum % 10) % 10);
}

// A catalog big enough that its import takes a while on any machine.
bool writeLargeCatalog(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "isbn,title,authors,price,currency,stock\n";
    text.reserve(rows * 64);
    for (int row = 0; row < rows; ++row)
        text += isbnFor(100000 + row).toLatin1() + ",Generated Volume " + QByteArray::number(row)
                + ",Some Author,9.99,EUR,3\n";
    return file.write(text) == text.size();
}

// The counter's window with a manager or a clerk signed in, the catalog
// page and the import dialog, on a real SQLite file.
struct Store
{
    test::AuthFixture fixture;
    std::unique_ptr<UserSession> session;
    std::unique_ptr<CatalogSearch> search;
    std::unique_ptr<CatalogModel> catalog;
    std::unique_ptr<CartModel> cart;
    std::unique_ptr<MainWindow> window;
    MainWindowParts parts;

    bool open()
    {
        fixture.db().addBook(QStringLiteral("9780141439563"), QStringLiteral("Great Expectations"),
                             799);
        session = std::make_unique<UserSession>(fixture.auth());
        auto till = Cart::open(fixture.db().database(), fixture.clock(), QStringLiteral("till-1"));
        if (!till)
            return false;
        search = std::make_unique<CatalogSearch>(fixture.db().database());
        catalog = std::make_unique<CatalogModel>(*search);
        cart = std::make_unique<CartModel>(std::move(till).value());
        parts.session = session.get();
        parts.catalog = new CatalogPage(catalog.get(), cart.get());
        parts.cart = new CartPage(cart.get());
        parts.cartModel = cart.get();
        parts.catalogImport
            = new CatalogImportDialog(fixture.db().path(), fixture.clock(), *session);
        parts.databaseLocation = fixture.db().path();
        window = std::make_unique<MainWindow>(parts);
        window->resize(1024, 768);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    void signInAs(const SignedInUser &user) { session->start(user); }

    template<typename T>
    T *find(const char *name)
    {
        return window->findChild<T *>(QLatin1String(name));
    }
    CatalogImportDialog *dialog() { return parts.catalogImport; }
    template<typename T>
    T *inDialog(const char *name)
    {
        return dialog()->findChild<T *>(QLatin1String(name));
    }
    QString summary() { return inDialog<QLabel>("summaryLabel")->text(); }

    // What a manager does: Ctrl+I, the file name, (strict,) Import.
    void startImport(const QString &file, bool strict = false)
    {
        QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(dialog()->isVisible());
        auto *edit = inDialog<QLineEdit>("fileEdit");
        edit->clear();
        QTest::keyClicks(edit, file);
        auto *strictCheck = inDialog<QCheckBox>("strictCheck");
        if (strictCheck->isChecked() != strict)
            QTest::mouseClick(strictCheck, Qt::LeftButton, {},
                              QPoint(10, strictCheck->height() / 2));
        QTest::mouseClick(inDialog<QPushButton>("importButton"), Qt::LeftButton);
    }

    qint64 books() { return fixture.db().count(QStringLiteral("books")); }
};

} // namespace

// Protects: a manager imports a catalog from the window without freezing
// it (the import runs on its own thread and connection), sees its progress,
// can cancel it (nothing is imported), gets each refused row with its line
// and reason, can insist on a strict import; the catalog page finds the new
// titles afterwards. A clerk can neither open the screen nor run the import.
class CatalogImportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aManagerImportsAndTheCatalogShowsTheNewTitles()
    {
        Store store;
        QVERIFY(store.open());
        store.signInAs(store.fixture.owner());
        QVERIFY(store.find<QAction>("importCatalogAction")->isVisible());
        QCOMPARE(store.books(), 1);

        QSignalSpy imported(store.dialog(), &CatalogImportDialog::catalogImported);
        store.startImport(QFINDTESTDATA("data/catalog-good.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(imported.at(0).at(0).toLongLong(), 6);
        QVERIFY2(store.summary().contains(QStringLiteral("Imported all 6 rows")),
                 qPrintable(store.summary()));
        auto *bar = store.inDialog<QProgressBar>("progressBar");
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(store.inDialog<QTableWidget>("problemsTable")->rowCount(), 0);
        QCOMPARE(store.books(), 7);
        QCOMPARE(store.fixture.auditCount(QStringLiteral("catalog_imported")), 1);

        // Close, then find an imported title on the catalog page.
        QTest::mouseClick(store.inDialog<QPushButton>("closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!store.dialog()->isVisible());
        auto *searchField = store.find<QLineEdit>("searchField");
        QVERIFY(searchField);
        searchField->setFocus();
        QTest::keyClicks(searchField, QStringLiteral("book of tea"));
        QTest::keyClick(searchField, Qt::Key_Return);
        QTRY_COMPARE(store.catalog->rowCount(), 1);
        QCOMPARE(store.catalog->book(0).title, QStringLiteral("The Book of Tea, Illustrated"));
        auto *results = store.find<QTableView>("resultsView");
        QVERIFY(results);
        QCOMPARE(results->model()->rowCount(), 1);
    }

    void theCatalogPageRefreshesItsResultsAfterAnImport()
    {
        Store store;
        QVERIFY(store.open());
        store.signInAs(store.fixture.owner());
        auto *searchField = store.find<QLineEdit>("searchField");
        searchField->setFocus();
        QTest::keyClicks(searchField, QStringLiteral("miserables")); // accents fold
        QTest::keyClick(searchField, Qt::Key_Return);
        QTRY_COMPARE(store.catalog->searchText(), QStringLiteral("miserables"));
        QCOMPARE(store.catalog->rowCount(), 0); // not in the catalog yet

        store.startImport(QFINDTESTDATA("data/catalog-good.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(store.catalog->rowCount(), 1, 20000);
        QCOMPARE(store.catalog->book(0).title, QString::fromUtf8("Les Misérables"));
    }

    void refusedRowsAreListedWithTheirLineAndReason()
    {
        Store store;
        QVERIFY(store.open());
        store.signInAs(store.fixture.owner());
        store.startImport(QFINDTESTDATA("data/catalog-bad-rows.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(!store.dialog()->isImporting() && !store.summary().isEmpty(),
                                 20000);
        QVERIFY2(store.summary().contains(QStringLiteral("Imported 2 of 10 rows")),
                 qPrintable(store.summary()));
        auto *problems = store.inDialog<QTableWidget>("problemsTable");
        QCOMPARE(problems->rowCount(), 8);
        const auto reasonOn = [problems](qint64 line) {
            for (int row = 0; row < problems->rowCount(); ++row) {
                if (problems->item(row, 0)->data(Qt::UserRole).toLongLong() == line)
                    return problems->item(row, 2)->text();
            }
            return QString();
        };
        QVERIFY(reasonOn(3).contains(QStringLiteral("check digit should be 7")));
        QVERIFY(reasonOn(4).contains(QStringLiteral("bad price")));
        QCOMPARE(reasonOn(5), QStringLiteral("missing title"));
        QVERIFY(reasonOn(10).contains(QStringLiteral("already on line 2")));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("9780306406158"));
        QCOMPARE(store.books(), 3); // 1 + the 2 good rows
    }

    void aStrictImportWithABadRowImportsNothing()
    {
        Store store;
        QVERIFY(store.open());
        store.signInAs(store.fixture.owner());
        QSignalSpy imported(store.dialog(), &CatalogImportDialog::catalogImported);
        store.startImport(QFINDTESTDATA("data/catalog-bad-rows.csv"), true);
        QTRY_VERIFY_WITH_TIMEOUT(!store.dialog()->isImporting() && !store.summary().isEmpty(),
                                 20000);
        QVERIFY2(store.summary().contains(QStringLiteral("Nothing was imported (strict)")),
                 qPrintable(store.summary()));
        QCOMPARE(store.inDialog<QTableWidget>("problemsTable")->rowCount(), 8);
        QCOMPARE(store.books(), 1);
        QVERIFY(imported.isEmpty());
        QCOMPARE(store.fixture.auditCount(QStringLiteral("catalog_imported")), 0);
    }

    void cancellingImportsNothingAndTheWindowKeepsRunning()
    {
        Store store;
        QVERIFY(store.open());
        store.signInAs(store.fixture.owner());
        const QString file = store.fixture.db().dir().filePath(QStringLiteral("large.csv"));
        QVERIFY(writeLargeCatalog(file, 400000));

        // The event loop keeps turning while the import runs.
        int ticks = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        heartbeat.start(10);

        store.startImport(file);
        QVERIFY(store.dialog()->isImporting());
        auto *bar = store.inDialog<QProgressBar>("progressBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
        QVERIFY(store.dialog()->isImporting());
        QVERIFY2(store.inDialog<QLabel>("progressLabel")->text().contains(QStringLiteral("rows")),
                 qPrintable(store.inDialog<QLabel>("progressLabel")->text()));
        QVERIFY(!store.inDialog<QPushButton>("closeButton")->isEnabled());
        const int ticksAtProgress = ticks;
        QTRY_VERIFY(ticks > ticksAtProgress + 3);

        QTest::mouseClick(store.inDialog<QPushButton>("cancelImportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!store.dialog()->isImporting(), 30000);
        QVERIFY2(store.summary().contains(QStringLiteral("cancelled")),
                 qPrintable(store.summary()));
        QVERIFY(store.dialog()->lastReport().cancelled);
        QVERIFY(!store.dialog()->lastReport().committed);
        QCOMPARE(store.books(), 1);
        QCOMPARE(bar->value(), 0);
        QVERIFY(store.inDialog<QPushButton>("closeButton")->isEnabled());
    }

    void aClerkCannotOpenTheScreenNorRunTheImport()
    {
        Store store;
        QVERIFY(store.open());
        const SignedInUser clerk
            = store.fixture.addUser(QStringLiteral("casey"), Role::Clerk, QStringLiteral("482915"));
        store.signInAs(clerk);
        auto *action = store.find<QAction>("importCatalogAction");
        QVERIFY(!action->isVisible());
        QTest::keyClick(store.window.get(), Qt::Key_I, Qt::ControlModifier);
        action->trigger();
        QVERIFY(!store.dialog()->isVisible());

        // Shown anyway (a stale screen), it will not start.
        store.dialog()->show();
        QVERIFY(!store.inDialog<QPushButton>("importButton")->isEnabled());
        store.dialog()->hide();

        // And the worker itself asks the access policy, on its own connection.
        CatalogImportJob job(store.fixture.db().path(), store.fixture.clock());
        QSignalSpy finished(&job, &CatalogImportJob::finished);
        QVERIFY(job.start(QFINDTESTDATA("data/catalog-good.csv"), CatalogImporter::Mode::Lenient,
                          clerk));
        QVERIFY(finished.wait(20000));
        const auto report = finished.at(0).at(0).value<ImportReport>();
        QVERIFY(!report.committed);
        QVERIFY2(report.fatalError.contains(QStringLiteral("not allowed")),
                 qPrintable(report.fatalError));
        QCOMPARE(store.books(), 1);
        QCOMPARE(store.fixture.auditCount(QStringLiteral("access_refused")), 1);
    }
};

QTEST_MAIN(CatalogImportDialogTest)
#include "CatalogImportDialogTest.moc"
