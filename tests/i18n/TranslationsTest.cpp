// Protects the German and French translations: every string the sources show
// is in both .ts files, translated, with the same placeholders, and nothing
// obsolete lingers; no user-visible text in the widgets bypasses tr(); and
// every Error the core makes is translated or marked for developers only.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(QUIRE_SOURCE_DIR);

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translationType;  // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const { return context + u": \""_s + source + u'"'; }
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context"_s) {
            context.clear();
        } else if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            message.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            message.translationType = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform"_s)
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : placeholder.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// The files lupdate reads, as ui/CMakeLists.txt lists them.
QStringList translatedSources()
{
    QStringList files;
    for (const QString &folder :
         {QStringLiteral("ui"), QStringLiteral("models"), QStringLiteral("app")}) {
        QDirIterator it(sourceDir + u'/' + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(u".ui"_s) && !file.contains(u"/ui/"_s))
                continue;
            if (!file.contains(u"/app/gateway-sim/"_s))
                files.append(file);
        }
    }
    files.sort();
    return files;
}

QString firstOf(const QStringList &problems)
{
    const qsizetype shown = std::min<qsizetype>(problems.size(), 25);
    QString text = QStringLiteral("%1 problem(s):\n  ").arg(problems.size())
                   + problems.first(shown).join(QStringLiteral("\n  "));
    if (shown < problems.size())
        text += QStringLiteral("\n  …");
    return text;
}

// A setter that shows text to a person, given a literal instead of tr().
const QRegularExpression &untranslatedCallPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\b(setText|setWindowTitle|setToolTip|setPlaceholderText|setAccessibleName|"
        "setAccessibleDescription|setStatusTip|setWhatsThis|showMessage|setLabelText|"
        "setTabText|setTitle|setHeaderLabels|addItem|addAction|setSpecialValueText|"
        "information|warning|critical|question)\\s*\\((?:[^;\"]*,\\s*)?"
        "(QStringLiteral|QLatin1String|QLatin1StringView|QString::fromUtf8|QString::fromLatin1|"
        "u)\\s*\\(?\\s*\"([^\"]*[A-Za-z][^\"]*)\""));
    return pattern;
}

// A .ui property a person reads, marked not to be translated.
const QRegularExpression &untranslatedUiTextPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "<property name=\"(text|title|windowTitle|toolTip|placeholderText|accessibleName|"
        "accessibleDescription|statusTip|whatsThis)\">\\s*<string[^>]*notr=\"true\"[^>]*>"
        "([^<]*[A-Za-z][^<]*)</string>"));
    return pattern;
}

// Where an Error (domain/Error.h) is made: Error::invalid(…), Error{ErrorKind::…, …},
// or a braced {ErrorKind::…, …} returned as one.
const QRegularExpression &errorConstructionPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\bError::(?:invalid|forbidden|notFound|conflict|illegalTransition|database)\\s*\\(|"
        "\\bError\\s*[({]\\s*ErrorKind::\\w+\\s*,|(?<![\\w:])\\{\\s*ErrorKind::\\w+\\s*,"));
    return pattern;
}

// A literal that is the text (or the context) of a translation call.
const QRegularExpression &translationCallBeforePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:\\btr|\\btranslate|\\bQT_TRANSLATE_NOOP|\\bQT_TR_NOOP)\\s*\\(\\s*"
                       "(?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*,\\s*)?$"));
    return pattern;
}

// Skips a string or character literal or a // comment starting at `i`; returns
// the index after it, or `i` when nothing starts there.
qsizetype skipLiteralOrComment(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'/') {
        const qsizetype end = text.indexOf(u'\n', i);
        return end < 0 ? text.size() : end;
    }
    if (c != u'"' && c != u'\'')
        return i;
    qsizetype j = i + 1;
    while (j < text.size() && text.at(j) != c) {
        if (text.at(j) == u'\\')
            ++j;
        ++j;
    }
    return std::min(j + 1, text.size());
}

struct UntranslatedError
{
    int line = 0;    // 1-based, where the literal starts
    QString literal; // as written, quotes included
};

// Errors whose message holds a literal with words in it that no tr() or
// QCoreApplication::translate() wraps and no `// notr: why` comment on the
// statement's lines excuses. The core's messages end up in German and French
// screens, so each is translated where it is made (docs/translations.md).
QList<UntranslatedError> untranslatedErrors(const QString &text)
{
    QList<UntranslatedError> found;
    const QRegularExpression &translationBefore = translationCallBeforePattern();
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    for (const auto &construction : errorConstructionPattern().globalMatch(text)) {
        // The argument list, up to the bracket that closes the construction.
        const qsizetype argumentsStart = construction.capturedEnd();
        qsizetype i = argumentsStart;
        int depth = 1;
        while (i < text.size() && depth > 0) {
            if (const qsizetype skipped = skipLiteralOrComment(text, i); skipped != i) {
                i = skipped;
                continue;
            }
            const QChar c = text.at(i);
            if (c == u'(' || c == u'{' || c == u'[')
                ++depth;
            else if (c == u')' || c == u'}' || c == u']')
                --depth;
            ++i;
        }
        const qsizetype argumentsEnd = i;
        // The statement's lines: from the construction to the line of its `;`.
        const qsizetype statementStart = text.lastIndexOf(u'\n', construction.capturedStart()) + 1;
        qsizetype statementEnd = text.indexOf(u';', argumentsEnd);
        statementEnd = statementEnd < 0 ? text.size() : text.indexOf(u'\n', statementEnd);
        if (statementEnd < 0)
            statementEnd = text.size();
        if (text.mid(statementStart, statementEnd - statementStart).contains(u"// notr:"_s))
            continue;
        // Each literal (adjacent ones are one) must be a translation call's text.
        i = argumentsStart;
        while (i < argumentsEnd) {
            if (text.at(i) != u'"') {
                const qsizetype skipped = skipLiteralOrComment(text, i);
                i = skipped == i ? i + 1 : skipped;
                continue;
            }
            const qsizetype literalStart = i;
            qsizetype literalEnd = skipLiteralOrComment(text, i);
            for (;;) {
                qsizetype next = literalEnd;
                while (next < argumentsEnd && text.at(next).isSpace())
                    ++next;
                if (next >= argumentsEnd || text.at(next) != u'"')
                    break;
                literalEnd = skipLiteralOrComment(text, next);
            }
            const QString literal = text.mid(literalStart, literalEnd - literalStart);
            const QString before = text.mid(argumentsStart, literalStart - argumentsStart);
            if (literal.contains(letter) && !translationBefore.match(before).hasMatch())
                found.append({int(text.left(literalStart).count(u'\n')) + 1, literal});
            i = literalEnd;
        }
    }
    return found;
}
} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void tsFileMatchesSources_data() { tsFileIsComplete_data(); }
    void tsFileMatchesSources();
    void noUserVisibleLiteralEscapesTranslation();
    void everyCoreErrorIsTranslated();
    void checksCatchWhatTheyClaim();
};

void TranslationsTest::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::newRow("de") << sourceDir + QStringLiteral("/translations/quire_de.ts");
    QTest::newRow("fr") << sourceDir + QStringLiteral("/translations/quire_fr.ts");
}

void TranslationsTest::tsFileIsComplete()
{
    QFETCH(QString, tsFile);
    QString error;
    const QList<TsMessage> messages = readTs(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "no messages at all");
    QStringList problems;
    for (const TsMessage &message : messages) {
        if (!message.translationType.isEmpty()) {
            problems << message.translationType + u": "_s + message.describe();
            continue;
        }
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems << u"empty translation: "_s + message.describe();
            else if (placeholders(translation) != expected)
                problems << u"placeholders differ: "_s + message.describe() + u" → \""_s
                                + translation + u'"';
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(firstOf(problems)));
}

void TranslationsTest::tsFileMatchesSources()
{
    QFETCH(QString, tsFile);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString fresh = work.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, fresh));
    QFile::setPermissions(fresh, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // lupdate reads the file list from a list file, as CMake's target does.
    QFile list(work.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(translatedSources().join(u'\n').toUtf8());
    list.close();
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(QUIRE_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   // The include paths let lupdate see that the core's classes
                   // live in namespace quire, as their tr() contexts do.
                   QStringLiteral("-I"), sourceDir + QStringLiteral("/app/core"),
                   QStringLiteral("-I"), sourceDir + QStringLiteral("/ui"), QStringLiteral("-I"),
                   sourceDir + QStringLiteral("/models"), u'@' + list.fileName(),
                   QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const QList<TsMessage> committed = readTs(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<TsMessage> updated = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> committedKeys;
    for (const TsMessage &message : committed)
        committedKeys.insert(message.key());
    QSet<QString> sourceKeys;
    QStringList problems;
    for (const TsMessage &message : updated) {
        sourceKeys.insert(message.key());
        if (!committedKeys.contains(message.key()))
            problems << u"in the sources, not in the .ts file: "_s + message.describe();
    }
    for (const TsMessage &message : committed) {
        if (!sourceKeys.contains(message.key()))
            problems << u"in the .ts file, gone from the sources: "_s + message.describe();
    }
    const QString fix
        = QStringLiteral("\nRun `cmake --build build --target update_translations`, then translate "
                         "(Qt Linguist, or scripts/fill-translations.py with the glossaries).");
    QVERIFY2(problems.isEmpty(), qPrintable(firstOf(problems) + fix));
}

void TranslationsTest::noUserVisibleLiteralEscapesTranslation()
{
    const QRegularExpression &untranslatedCall = untranslatedCallPattern();
    const QRegularExpression &untranslatedUiText = untranslatedUiTextPattern();
    QStringList problems;
    for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("models")}) {
        QDirIterator it(sourceDir + u'/' + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            const QString relative = path.mid(sourceDir.size() + 1);
            if (path.endsWith(u".ui"_s)) {
                for (const auto &match : untranslatedUiText.globalMatch(text))
                    problems << relative + u": "_s + match.captured(1) + u" \""_s
                                    + match.captured(2) + u"\" is marked notr"_s;
                continue;
            }
            const QStringList lines = text.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString &line = lines.at(i);
                // `// notr: why` keeps a deliberate literal (a product name).
                if (line.contains(u"// notr"_s))
                    continue;
                if (const auto match = untranslatedCall.match(line); match.hasMatch())
                    problems << QStringLiteral("%1:%2: %3(\"%4\") is not translated")
                                    .arg(relative)
                                    .arg(i + 1)
                                    .arg(match.captured(1), match.captured(3));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(firstOf(problems)));
}

void TranslationsTest::everyCoreErrorIsTranslated()
{
    QStringList problems;
    int constructions = 0;
    QDirIterator it(sourceDir + u"/app"_s, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/app/gateway-sim/"_s)) // a developer's tool, not translated
            continue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        constructions += int(errorConstructionPattern().globalMatch(text).hasNext());
        const QString relative = path.mid(sourceDir.size() + 1);
        for (const UntranslatedError &error : untranslatedErrors(text))
            problems << QStringLiteral("%1:%2: an Error built from %3 is neither translated "
                                       "(tr(), QCoreApplication::translate()) nor marked "
                                       "`// notr: why`")
                            .arg(relative)
                            .arg(error.line)
                            .arg(error.literal);
    }
    QVERIFY2(constructions > 20, "found almost no Error in app/: has the pattern gone stale?");
    QVERIFY2(problems.isEmpty(), qPrintable(firstOf(problems)));
}

void TranslationsTest::checksCatchWhatTheyClaim()
{
    // The checks above pass on a good tree; make sure they would fail on a bad one.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QFile ts(work.filePath(QStringLiteral("bad.ts")));
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name>Demo</name>
<message><source>Pay %1</source><translation type="unfinished"></translation></message>
<message><source>Total: %1</source><translation>Summe</translation></message>
<message numerus="yes"><source>%n book(s)</source><translation><numerusform>%n Buch</numerusform><numerusform>%n Bücher</numerusform></translation></message>
</context></TS>)");
    ts.close();
    QString error;
    const QList<TsMessage> messages = readTs(ts.fileName(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).translationType, QStringLiteral("unfinished"));
    QCOMPARE(messages.at(0).context, QStringLiteral("Demo"));
    QVERIFY(placeholders(messages.at(1).translations.first())
            != placeholders(messages.at(1).source));
    QCOMPARE(messages.at(2).translations.size(), 2);
    QCOMPARE(placeholders(messages.at(2).translations.at(1)), placeholders(messages.at(2).source));
    QVERIFY(!translatedSources().filter(QStringLiteral("/ui/shell/MainWindow.ui")).isEmpty());
    const QRegularExpression &call = untranslatedCallPattern();
    QVERIFY(call.match(QStringLiteral("label->setText(QStringLiteral(\"Pay now\"));")).hasMatch());
    QVERIFY(call.match(QStringLiteral(
                           "QMessageBox::warning(this, QStringLiteral(\"Oops\"), tr(\"x\"));"))
                .hasMatch());
    QVERIFY(call.match(QStringLiteral("button->setToolTip(u\"Print\"_s);")).hasMatch());
    QVERIFY(!call.match(QStringLiteral("label->setText(tr(\"Pay now\"));")).hasMatch());
    QVERIFY(!call.match(QStringLiteral("label->setText(QStringLiteral(\"%1 / %2\"));")).hasMatch());
    QVERIFY(
        !call.match(QStringLiteral("setObjectName(QStringLiteral(\"payButton\"));")).hasMatch());
    QVERIFY(
        untranslatedUiTextPattern()
            .match(QStringLiteral("<property name=\"text\">\n <string notr=\"true\">Pay</string>"))
            .hasMatch());
    QVERIFY(translatedSources().filter(QStringLiteral("gateway-sim")).isEmpty());

    // The Error check: a literal message is caught, on one line or several, in
    // every way an Error is made; a translated one, one without words and one
    // marked `// notr:` pass.
    const auto caught = [](const char *source) {
        QStringList literals;
        for (const UntranslatedError &error : untranslatedErrors(QString::fromUtf8(source)))
            literals << QString::number(error.line) + u':' + error.literal;
        return literals;
    };
    QCOMPARE(caught("return Error::invalid(QStringLiteral(\"no such user\"));"),
             QStringList{u"1:\"no such user\""_s});
    QCOMPARE(caught("if (x)\n    return Error::database(\n        QStringLiteral(\"cannot open \"\n"
                    "                       \"%1\")\n            .arg(path));"),
             QStringList{u"3:\"cannot open \"\n                       \"%1\""_s});
    QCOMPARE(caught("return {ErrorKind::Conflict, u\"taken\"_s};"), QStringList{u"1:\"taken\""_s});
    QCOMPARE(caught("Error e = Error{ErrorKind::Invalid, QLatin1String(\"bad\")};"),
             QStringList{u"1:\"bad\""_s});
    QCOMPARE(caught("return Error::invalid(tr(\"%1 is bad\").arg(x ? QStringLiteral(\"X\") : y));"),
             QStringList{u"1:\"X\""_s});
    QCOMPARE(caught("return ok ? Error::forbidden(QStringLiteral(\"no\"))\n"
                    "          : other; // notr: for the log"),
             QStringList());
    QCOMPARE(caught("return Error::invalid(tr(\"No such \"\n \"user.\"));"), QStringList());
    QCOMPARE(caught("return Error::forbidden(QCoreApplication::translate(\"quire::X\", \"No.\"));"),
             QStringList());
    QCOMPARE(
        caught("return Error::forbidden(translated(QT_TRANSLATE_NOOP(\"quire::X\", \"No.\")));"),
        QStringList());
    QCOMPARE(caught("return Error::invalid(key + QStringLiteral(\": \") + e.message);"),
             QStringList());
    QCOMPARE(caught("return Error::invalid(QStringLiteral(\"event %1 bad\")\n"
                    "                          .arg(id)); // notr: for the gateway"),
             QStringList());
    QCOMPARE(caught("return Error::invalid(tr(\"it's %1\").arg(u'\"'));\n"
                    "return Error::invalid(QStringLiteral(\"later\"));"),
             QStringList{u"2:\"later\""_s});
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
