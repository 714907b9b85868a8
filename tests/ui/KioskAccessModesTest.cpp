#include "ScreenAnnouncer.h"
#include "WindowStoreRig.h"
#include "auth/PinPad.h"
#include "kiosk/AttractScreen.h"
#include "kiosk/KioskAppearance.h"
#include "kiosk/KioskSpeech.h"
#include "kiosk/KioskStyleSheet.h"
#include "kiosk/KioskWindow.h"
#include "language/LanguageSwitcher.h"
#include "shell/KioskApp.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <algorithm>
#include <memory>

using namespace quire;

// Protects: the kiosk for low vision and no vision (issue 17, item 3). The
// attract screen's switches: large text scales the kiosk's type and targets
// and every screen still fits; high contrast paints yellow and white on
// black; speech says what has the focus, each new screen and what the PIN
// pad did (never the digits), in the interface's language, through the real
// Qt TextToSpeech, speech-dispatcher and espeak-ng (the "capture" module in
// tests/data/speech-dispatcher writes what it was asked to say, and the
// audio, to files); and the next customer starts from the store's settings.
class KioskAccessModesTest : public QObject
{
    Q_OBJECT

private:
    test::WindowStoreRig m_store{QStringLiteral("kiosk-access-test")};
    QTemporaryDir m_speechHome;
    QString m_capture;
    LanguageSwitcher m_language;
    CoreOptions m_options;
    std::unique_ptr<KioskApp> m_app;
    KioskWindow *m_window = nullptr;

    void makeWindow(const KioskSettings &settings)
    {
        m_window = nullptr;
        m_app.reset();
        m_options = m_store.options();
        m_options.kioskSettings = settings;
        TerminalServices services = m_store.services();
        services.options = &m_options;
        auto app = KioskApp::build(services);
        QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().message));
        m_app = std::move(app).value();
        m_window = &m_app->window();
        m_window->showKiosk();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    // scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR to refresh docs/screenshots.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    template<typename T>
    T *find(const QString &name)
    {
        auto *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    void click(QWidget *widget)
    {
        QVERIFY(widget);
        QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    }

    // "language|text" lines the speech engine was asked to say, so far.
    QStringList captured() const
    {
        QFile file(m_capture);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    bool capturedContains(const QString &text) const
    {
        const QStringList lines = captured();
        return std::any_of(lines.begin(), lines.end(),
                           [&](const QString &line) { return line.contains(text); });
    }

    // Every visible widget of `page` that sticks out of its parent (a
    // scroll area's content may be larger than its viewport: it scrolls).
    static QStringList outsideTheirParents(QWidget *page)
    {
        QStringList outside;
        const auto children = page->findChildren<QWidget *>();
        for (QWidget *child : children) {
            QWidget *parent = child->parentWidget();
            if (!child->isVisible() || child->isWindow() || !parent
                || parent->objectName() == u"qt_scrollarea_viewport")
                continue;
            if (!parent->rect().contains(child->geometry()))
                outside << QStringLiteral("%1 %2x%3+%4+%5 in %6 %7x%8")
                               .arg(child->objectName().isEmpty()
                                        ? QString::fromLatin1(child->metaObject()->className())
                                        : child->objectName())
                               .arg(child->width())
                               .arg(child->height())
                               .arg(child->x())
                               .arg(child->y())
                               .arg(parent->objectName())
                               .arg(parent->width())
                               .arg(parent->height());
        }
        return outside;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_speechHome.isValid());
        // A speech-dispatcher of the test's own, with the capture module.
        const QDir home(m_speechHome.path());
        QVERIFY(home.mkpath(QStringLiteral("config/speech-dispatcher/modules")));
        QVERIFY(home.mkpath(QStringLiteral("run")));
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        for (const char *file : {"speechd.conf", "modules/capture.conf"}) {
            const QString name = QString::fromLatin1(file);
            const QString source = QFINDTESTDATA(QStringLiteral("data/speech-dispatcher/") + name);
            QVERIFY2(!source.isEmpty(), file);
            QVERIFY(QFile::copy(source,
                                home.filePath(QStringLiteral("config/speech-dispatcher/") + name)));
        }
        QFile libao(home.filePath(QStringLiteral(".libao")));
        QVERIFY(libao.open(QIODevice::WriteOnly));
        libao.write("default_driver=null\n");
        libao.close();
        m_capture = home.filePath(QStringLiteral("spoken.txt"));
        // Fonts keep their cache where it was.
        if (qEnvironmentVariableIsEmpty("XDG_CACHE_HOME"))
            qputenv("XDG_CACHE_HOME", QDir::home().filePath(QStringLiteral(".cache")).toUtf8());
        qputenv("HOME", m_speechHome.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("run")).toUtf8());
        qputenv("QUIRE_SPEECH_CAPTURE", m_capture.toUtf8());
        // speech-dispatcher gives up when the environment names a locale the
        // system does not have (scripts/screenshots.sh runs with en_IE).
        qputenv("LC_ALL", "C.UTF-8");
        QVERIFY2(!QTextToSpeech::availableEngines().isEmpty(),
                 "no Qt TextToSpeech engine: install qt6-speech-speechd-plugin "
                 "(scripts/bootstrap.sh)");

        const auto started = m_store.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        // As the app starts: in a language (the tests start in English).
        m_language.switchTo(QLocale(QStringLiteral("en_GB")));
    }

    void cleanup()
    {
        m_window = nullptr;
        m_app.reset();
    }

    void largeTextScalesTheKioskAndEveryScreenStillFits()
    {
        makeWindow({});
        auto *start = find<QPushButton>(QStringLiteral("touchToStartButton"));
        QVERIFY(start);
        const int normalType = QFontInfo(start->font()).pixelSize();
        const int normalHeight = start->height();
        QVERIFY(outsideTheirParents(m_window).isEmpty());
        // At the usual size too, every choice of the welcome screen is on it.
        for (const char *name : {"touchToStartButton", "largeTextButton", "highContrastButton",
                                 "speechButton", "language_fr_FR"}) {
            auto *button = find<QPushButton>(QString::fromLatin1(name));
            QVERIFY(button);
            QTRY_VERIFY2(button->visibleRegion().boundingRect() == button->rect(), name);
        }

        click(find<QPushButton>(QStringLiteral("largeTextButton")));
        QVERIFY(m_window->appearance().largeText());
        QVERIFY(find<QPushButton>(QStringLiteral("largeTextButton"))->isChecked());
        QTRY_VERIFY(QFontInfo(start->font()).pixelSize() >= normalType * 14 / 10);
        QVERIFY(start->height() >= normalHeight);
        QTRY_VERIFY2(outsideTheirParents(m_window).isEmpty(),
                     qPrintable(outsideTheirParents(m_window).join(u'\n')));
        // "Touch to start" and the switches stay on the screen, unscrolled.
        for (const char *name : {"touchToStartButton", "largeTextButton", "highContrastButton",
                                 "speechButton", "language_de_DE"}) {
            auto *button = find<QPushButton>(QString::fromLatin1(name));
            QVERIFY(button);
            QTRY_VERIFY2(button->visibleRegion().boundingRect() == button->rect(), name);
        }
        click(find<QPushButton>(QStringLiteral("highContrastButton")));
        screenshot(QStringLiteral("kiosk-large-text-high-contrast"));
        QTRY_VERIFY2(outsideTheirParents(m_window).isEmpty(),
                     qPrintable(outsideTheirParents(m_window).join(u'\n')));

        // The sign-in page with its PIN pad, at the large size.
        click(start);
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::SignIn);
        auto *pad = m_window->findChild<PinPad *>();
        QVERIFY(pad && pad->isVisible());
        QTRY_VERIFY2(outsideTheirParents(m_window).isEmpty(),
                     qPrintable(outsideTheirParents(m_window).join(u'\n')));
        // The field being typed into is on the screen, above the keyboard.
        QWidget *field = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(field));
        auto *scroller = find<QScrollArea>(QStringLiteral("kioskScroller"));
        QTRY_VERIFY2(field->visibleRegion().boundingRect() == field->rect(),
                     qPrintable(QStringLiteral("%1: visible %2,%3 %4x%5 of %6x%7; at %8 in a "
                                               "viewport of %9")
                                    .arg(field->objectName())
                                    .arg(field->visibleRegion().boundingRect().x())
                                    .arg(field->visibleRegion().boundingRect().y())
                                    .arg(field->visibleRegion().boundingRect().width())
                                    .arg(field->visibleRegion().boundingRect().height())
                                    .arg(field->width())
                                    .arg(field->height())
                                    .arg(field->mapTo(scroller->viewport(), QPoint()).y())
                                    .arg(scroller->viewport()->height())));
        screenshot(QStringLiteral("kiosk-sign-in-large-text-high-contrast"));
        // With the on-screen keyboard up the window still fits its screen.
        QVERIFY(find<QWidget>(QStringLiteral("onScreenKeyboard"))->isVisible());
        const QRect screen = m_window->screen()->geometry();
        QVERIFY2(
            m_window->height() <= screen.height() && m_window->width() <= screen.width(),
            qPrintable(QStringLiteral("%1x%2").arg(m_window->width()).arg(m_window->height())));
        const auto keys = pad->findChildren<QPushButton *>();
        for (QPushButton *key : keys)
            QVERIFY2(key->height() >= 56 * 14 / 10, qPrintable(key->objectName()));
    }

    void highContrastPaintsYellowAndWhiteOnBlack()
    {
        makeWindow({});
        auto *attract = m_window->findChild<AttractScreen *>();
        auto *contrast = find<QPushButton>(QStringLiteral("highContrastButton"));
        click(contrast);
        QVERIFY(m_window->appearance().highContrast());
        QVERIFY(contrast->isChecked());

        // The welcome screen's background is black, the primary button yellow.
        const QImage screen = attract->grab().toImage();
        QCOMPARE(QColor(screen.pixel(4, 4)), QColor(Qt::black));
        auto *start = find<QPushButton>(QStringLiteral("touchToStartButton"));
        const QImage button = start->grab().toImage();
        QCOMPARE(QColor(button.pixel(button.width() / 2, 10)), QColor(Qt::yellow));
        // And its label is drawn in black on it: some pixels are dark.
        bool dark = false;
        for (int x = 0; x < button.width() && !dark; ++x)
            dark = qGray(button.pixel(x, button.height() / 2)) < 60;
        QVERIFY(dark);

        // Off again: the usual light theme.
        click(contrast);
        QVERIFY(!m_window->appearance().highContrast());
        QVERIFY(qGray(attract->grab().toImage().pixel(4, 4)) > 200);
    }

    void theNextCustomerStartsFromTheStoresSettings()
    {
        KioskSettings settings;
        settings.highContrast = true;
        makeWindow(settings);
        QVERIFY(m_window->appearance().highContrast());
        QVERIFY(find<QPushButton>(QStringLiteral("highContrastButton"))->isChecked());
        click(find<QPushButton>(QStringLiteral("largeTextButton")));
        click(find<QPushButton>(QStringLiteral("highContrastButton")));
        QVERIFY(m_window->appearance().largeText());
        QVERIFY(!m_window->appearance().highContrast());

        click(find<QPushButton>(QStringLiteral("touchToStartButton")));
        m_window->startOver(); // the customer walked away
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::Attract);
        QVERIFY(!m_window->appearance().largeText());
        QVERIFY(m_window->appearance().highContrast());
        QVERIFY(!find<QPushButton>(QStringLiteral("largeTextButton"))->isChecked());
        QVERIFY(find<QPushButton>(QStringLiteral("highContrastButton"))->isChecked());
    }

    void speechSaysTheFocusTheScreensAndNeverThePin()
    {
        QFile::remove(m_capture);
        makeWindow({});
        KioskSpeech &speech = m_window->speech();
        QVERIFY(!speech.isEnabled());
        QVERIFY(!speech.engine()); // nothing loaded for customers who do not need it
        QSignalSpy spoken(&speech, &KioskSpeech::spoken);

        // F2, as the tactile keypad's help key sends it.
        auto *start = find<QPushButton>(QStringLiteral("touchToStartButton"));
        start->setFocus();
        QTest::keyClick(m_window, Qt::Key_F2);
        QVERIFY(speech.isEnabled());
        QVERIFY(find<QPushButton>(QStringLiteral("speechButton"))->isChecked());
        QVERIFY(speech.engine());
        QTRY_VERIFY2_WITH_TIMEOUT(capturedContains(QStringLiteral("Speech is on")),
                                  qPrintable(captured().join(QStringLiteral(" / "))), 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(capturedContains(QStringLiteral("Touch to start, button")),
                                  qPrintable(captured().join(QStringLiteral(" / "))), 10000);

        // Tab: the next control is said, as a screen reader would.
        spoken.clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(!spoken.isEmpty());
        const QString said = spoken.last().first().toString();
        QCOMPARE(said, KioskSpeech::describe(QApplication::focusWidget()));
        QTRY_VERIFY_WITH_TIMEOUT(capturedContains(said), 10000);

        // The sign-in screen: its PIN pad says how many digits, never which.
        QTest::mouseClick(start, Qt::LeftButton, {}, start->rect().center());
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::SignIn);
        auto *pad = m_window->findChild<PinPad *>();
        QVERIFY(pad);
        pad->field()->setFocus();
        QTRY_VERIFY2_WITH_TIMEOUT(capturedContains(QStringLiteral("en|PIN, text field, digits "
                                                                  "entered: 0")),
                                  qPrintable(captured().join(QStringLiteral(" / "))), 10000);
        QTest::keyClick(pad->field(), Qt::Key_7);
        QTRY_VERIFY2_WITH_TIMEOUT(capturedContains(QStringLiteral("en|digits entered: 1")),
                                  qPrintable(captured().join(QStringLiteral(" / "))), 10000);
        QTest::keyClick(pad->field(), Qt::Key_3);
        QTRY_VERIFY2_WITH_TIMEOUT(capturedContains(QStringLiteral("en|digits entered: 2")),
                                  qPrintable(captured().join(QStringLiteral(" / "))), 10000);
        for (const QString &line : captured())
            QVERIFY2(!line.contains(u'7') && !line.contains(u'3'), qPrintable(line));
        // espeak-ng made audio of it.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_capture + QStringLiteral(".wav")).size() > 1000,
                                 10000);

        // A new screen announced while its first control has the focus
        // already: said once, with the announcement.
        auto *back = find<QPushButton>(QStringLiteral("backToStartButton"));
        back->setFocus();
        QTRY_VERIFY(!spoken.isEmpty() && spoken.last().first().toString().startsWith(u"Back"));
        QTest::qWait(20);
        spoken.clear();
        ScreenAnnouncer::announce(m_window, back, QStringLiteral("That PIN was not accepted."));
        QTRY_COMPARE(spoken.size(), 1);
        QVERIFY2(spoken.first().first().toString().endsWith(u". That PIN was not accepted."),
                 qPrintable(spoken.first().first().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(capturedContains(QStringLiteral("That PIN was not accepted")),
                                 10000);
        QTest::qWait(20);
        QCOMPARE(spoken.size(), 1);

        // Off: silence, and the switch shows it.
        spoken.clear();
        click(find<QPushButton>(QStringLiteral("backToStartButton")));
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::Attract);
        click(find<QPushButton>(QStringLiteral("speechButton")));
        QVERIFY(!speech.isEnabled());
        find<QPushButton>(QStringLiteral("largeTextButton"))->setFocus();
        QTest::qWait(50);
        QVERIFY(spoken.isEmpty());
    }

    void speechFollowsTheLanguage()
    {
        QFile::remove(m_capture);
        KioskSettings settings;
        settings.speech = true; // a kiosk whose customers all use headphones
        makeWindow(settings);
        QVERIFY(m_window->speech().isEnabled());
        QCOMPARE(m_language.switchTo(QLocale(QStringLiteral("de_DE"))).language(), QLocale::German);
        auto restore = qScopeGuard([&] { m_language.switchTo(QLocale(QStringLiteral("en_GB"))); });
        auto *start = find<QPushButton>(QStringLiteral("touchToStartButton"));
        QTRY_COMPARE(start->text(), QStringLiteral("Zum Starten berühren"));
        QTRY_COMPARE(m_window->speech().engine()->locale().language(), QLocale::German);
        find<QPushButton>(QStringLiteral("largeTextButton"))->setFocus();
        start->setFocus();
        QTRY_VERIFY2_WITH_TIMEOUT(
            capturedContains(QStringLiteral("de|Zum Starten berühren, Schaltfläche")),
            qPrintable(captured().join(QStringLiteral(" / "))), 10000);
    }
};

QTEST_MAIN(KioskAccessModesTest)
#include "KioskAccessModesTest.moc"
