#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLineEdit;
class QTextToSpeech;
class QWidget;

namespace quire {

// Speech for customers who cannot see the kiosk's screen, on its headphone
// jack (Qt TextToSpeech; on Debian speech-dispatcher with espeak-ng).
//
// While on, it speaks what has the focus as a screen reader would (name,
// role, state, and the screen's announcement carried as the description:
// "Start a new sale, button. Payment received."), what typing does (a PIN
// field says how many digits it holds, never which), and every new screen
// (ScreenAnnouncedEvent). Speech follows the interface's language. Several
// changes in one pass of the event loop are spoken once; a new utterance
// interrupts the last one, as a customer moving on expects.
class KioskSpeech final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskSpeech)

public:
    // `engineName` empty: Qt's default engine. Nothing is loaded until
    // speech is first switched on.
    explicit KioskSpeech(QWidget *window, bool enabled = false, const QString &engineName = {});
    ~KioskSpeech() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    // Says `text` now, interrupting; nothing while speech is off.
    void say(const QString &text);

    // What `widget` is spoken as when it takes the focus.
    static QString describe(QWidget *widget);
    // The engine (nullptr until speech was first on).
    QTextToSpeech *engine() const { return m_engine; }

Q_SIGNALS:
    void enabledChanged(bool on);
    // Every text handed to the engine.
    void spoken(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFocusChanged(QWidget *old, QWidget *now);
    void followField(QLineEdit *field);
    void onFieldTextChanged(const QString &text);
    void scheduleFocusSpeech();
    void speakFocus();
    void updateLocale();

    QWidget *m_window;
    QString m_engineName;
    QTextToSpeech *m_engine = nullptr;
    bool m_enabled = false;
    bool m_focusSpeechQueued = false;
    QPointer<QLineEdit> m_field;
    QMetaObject::Connection m_fieldConnection;
    QString m_fieldText;
};

} // namespace quire
