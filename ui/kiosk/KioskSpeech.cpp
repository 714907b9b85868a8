#include "kiosk/KioskSpeech.h"

#include "ScreenAnnouncedEvent.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QTimer>
#include <QWidget>
#include <optional>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcSpeech, "quire.ui.speech", QtInfoMsg)

QString roleWord(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
        return KioskSpeech::tr("button");
    case QAccessible::CheckBox:
        return KioskSpeech::tr("check box");
    case QAccessible::RadioButton:
        return KioskSpeech::tr("option");
    case QAccessible::EditableText:
        return KioskSpeech::tr("text field");
    case QAccessible::ComboBox:
        return KioskSpeech::tr("list of choices");
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
        return KioskSpeech::tr("list");
    case QAccessible::SpinBox:
        return KioskSpeech::tr("number field");
    case QAccessible::Link:
        return KioskSpeech::tr("link");
    default:
        return {};
    }
}

bool isSecret(const QLineEdit *field)
{
    return field->echoMode() != QLineEdit::Normal;
}

} // namespace

KioskSpeech::KioskSpeech(QWidget *window, bool enabled, const QString &engineName)
    : QObject(window)
    , m_window(window)
    , m_engineName(engineName)
{
    window->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, &KioskSpeech::onFocusChanged);
    setEnabled(enabled);
}

KioskSpeech::~KioskSpeech() = default;

void KioskSpeech::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    qCInfo(lcSpeech) << "speech" << (on ? "on" : "off");
    if (on) {
        if (!m_engine) {
            m_engine = m_engineName.isEmpty() ? new QTextToSpeech(this)
                                              : new QTextToSpeech(m_engineName, this);
            connect(m_engine, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State s) {
                if (s == QTextToSpeech::Error)
                    qCWarning(lcSpeech)
                        << "the speech engine" << m_engine->engine() << "reports an error";
            });
        }
        updateLocale();
        followField(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        // One utterance: the next one would cut the help short.
        QString help = tr("Speech is on. Tab moves to the next control, Enter chooses it. F2 "
                          "turns speech off.");
        if (QWidget *focus = QApplication::focusWidget(); focus && m_window->isAncestorOf(focus))
            help += QLatin1Char(' ') + describe(focus);
        say(help);
    } else {
        if (m_engine)
            m_engine->stop();
        followField(nullptr);
    }
    Q_EMIT enabledChanged(on);
}

void KioskSpeech::say(const QString &text)
{
    if (!m_enabled || !m_engine || text.isEmpty())
        return;
    if (m_engine->state() == QTextToSpeech::Speaking)
        m_engine->stop();
    m_engine->say(text);
    Q_EMIT spoken(text);
}

QString KioskSpeech::describe(QWidget *widget)
{
    if (!widget)
        return {};
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return {};
    QStringList parts;
    const QString name = accessible->text(QAccessible::Name).trimmed();
    if (!name.isEmpty())
        parts << name;
    const QString role = roleWord(accessible->role());
    if (!role.isEmpty())
        parts << role;
    const QAccessible::State state = accessible->state();
    if (state.checkable)
        parts << (state.checked ? tr("on") : tr("off"));
    if (state.disabled)
        parts << tr("unavailable");
    if (auto *field = qobject_cast<QLineEdit *>(widget)) {
        if (isSecret(field))
            parts << tr("digits entered: %1").arg(field->text().size());
        else if (!field->text().isEmpty())
            parts << field->text();
    }
    QString spoken = parts.join(QStringLiteral(", "));
    const QString description = accessible->text(QAccessible::Description).trimmed();
    if (!description.isEmpty())
        spoken += QStringLiteral(". ") + description;
    return spoken;
}

bool KioskSpeech::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == ScreenAnnouncedEvent::eventType())
            scheduleFocusSpeech();
        else if (event->type() == QEvent::LanguageChange && m_engine)
            QTimer::singleShot(0, this, &KioskSpeech::updateLocale);
    }
    return QObject::eventFilter(watched, event);
}

void KioskSpeech::onFocusChanged(QWidget *, QWidget *now)
{
    if (!now || !m_window->isAncestorOf(now))
        return;
    if (m_enabled)
        followField(qobject_cast<QLineEdit *>(now));
    scheduleFocusSpeech();
}

void KioskSpeech::followField(QLineEdit *field)
{
    if (field == m_field)
        return;
    disconnect(m_fieldConnection);
    m_field = field;
    if (!field)
        return;
    m_fieldText = field->text();
    m_fieldConnection
        = connect(field, &QLineEdit::textChanged, this, &KioskSpeech::onFieldTextChanged);
}

void KioskSpeech::onFieldTextChanged(const QString &text)
{
    const QString before = m_fieldText;
    m_fieldText = text;
    if (!m_enabled || !m_field)
        return;
    if (isSecret(m_field)) {
        say(tr("digits entered: %1").arg(text.size()));
    } else if (text.isEmpty()) {
        say(tr("field empty"));
    } else if (text.size() == before.size() + 1 && text.startsWith(before)) {
        say(text.right(1));
    } else if (text.size() + 1 == before.size() && before.startsWith(text)) {
        say(tr("deleted %1").arg(before.right(1)));
    } else {
        say(text);
    }
}

void KioskSpeech::scheduleFocusSpeech()
{
    if (!m_enabled || m_focusSpeechQueued)
        return;
    m_focusSpeechQueued = true;
    // After the focus and the announcement have both settled: one utterance.
    QTimer::singleShot(0, this, &KioskSpeech::speakFocus);
}

void KioskSpeech::speakFocus()
{
    m_focusSpeechQueued = false;
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_window->isAncestorOf(focus))
        return;
    say(describe(focus));
}

void KioskSpeech::updateLocale()
{
    if (!m_engine)
        return;
    const QLocale wanted;
    const QList<QLocale> available = m_engine->availableLocales();
    // One of the engine's own locales: handing it the default QLocale() is
    // taken as the system's language by Qt 6.4's speechd engine. The same
    // language in another country will do ("fr_FR" for "fr_CH").
    std::optional<QLocale> chosen;
    for (const QLocale &locale : available) {
        if (locale == wanted) {
            chosen = locale;
            break;
        }
        if (!chosen && locale.language() == wanted.language())
            chosen = locale;
    }
    if (!chosen) {
        qCWarning(lcSpeech) << "the speech engine" << m_engine->engine() << "has no voice for"
                            << wanted.name() << "; it speaks" << m_engine->locale().name();
        return;
    }
    // Qt 6.4's speechd engine looks the locale's voices up in a hash made
    // before the language switch; a locale equal to the new default one
    // (QLocale::setDefault) is not found there, so the language would stay.
    // With the default put back to C for the call it is found.
    const QLocale defaultLocale;
    QLocale::setDefault(QLocale::c());
    m_engine->setLocale(QLocale(chosen->name()));
    QLocale::setDefault(defaultLocale);
    qCInfo(lcSpeech) << "speaking" << m_engine->locale().name() << "with" << m_engine->engine()
                     << "voice" << m_engine->voice().name();
}

} // namespace quire
