#include "auth/IdleLockOverlay.h"

#include "auth/PinPad.h"
#include "auth/UserSession.h"
#include "ui_IdleLockOverlay.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace quire {

IdleLockOverlay::IdleLockOverlay(UserSession &session, QWidget *covered)
    : QWidget(covered)
    , m_ui(std::make_unique<Ui::IdleLockOverlay>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("idleLockOverlay"));
    setAccessibleName(tr("Screen locked"));
    hide();
    covered->installEventFilter(this);

    connect(&m_session, &UserSession::locked, this, &IdleLockOverlay::onLocked);
    connect(&m_session, &UserSession::unlocked, this, &IdleLockOverlay::hideOverlay);
    connect(&m_session, &UserSession::signedOut, this, &IdleLockOverlay::hideOverlay);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &IdleLockOverlay::onUnlock);
    connect(m_ui->unlockPinPad, &PinPad::submitted, this, &IdleLockOverlay::onUnlock);
    connect(m_ui->switchUserButton, &QPushButton::clicked, &m_session, &UserSession::signOut);
}

IdleLockOverlay::~IdleLockOverlay()
{
    qApp->removeEventFilter(this);
}

void IdleLockOverlay::onLocked()
{
    m_ui->unlockPinPad->clear();
    m_ui->unlockMessage->clear();
    updateTexts();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    qApp->installEventFilter(this);
    m_ui->unlockPinPad->setFocus();
}

void IdleLockOverlay::hideOverlay()
{
    qApp->removeEventFilter(this);
    m_ui->unlockPinPad->clear();
    hide();
}

void IdleLockOverlay::onUnlock()
{
    const auto attempt = m_session.unlock(m_ui->unlockPinPad->pin());
    m_ui->unlockPinPad->clear();
    if (!attempt) {
        m_ui->unlockMessage->setText(tr("Unlocking failed: %1").arg(attempt.error().message));
        return;
    }
    switch (attempt->outcome) {
    case SignInAttempt::Outcome::SignedIn:
        return; // unlocked() hides the overlay
    case SignInAttempt::Outcome::Locked:
        return; // the session signed out; the login screen takes over
    case SignInAttempt::Outcome::MalformedPin:
        m_ui->unlockMessage->setText(tr("A PIN is exactly 6 digits."));
        break;
    case SignInAttempt::Outcome::Refused:
        m_ui->unlockMessage->setText(tr("The PIN is not correct."));
        break;
    }
    m_ui->unlockPinPad->setFocus();
}

bool IdleLockOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        return false;
    }
    if (!isVisible())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::ContextMenu: {
        // Input for the overlay itself (and its PIN pad) passes; anything
        // beneath it within this window is swallowed.
        auto *target = qobject_cast<QWidget *>(watched);
        if (!target || target == this || isAncestorOf(target))
            return false;
        return target->window() == window();
    }
    default:
        return false;
    }
}

void IdleLockOverlay::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 160));
    QWidget::paintEvent(event);
}

void IdleLockOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void IdleLockOverlay::updateTexts()
{
    const QString name = m_session.user() ? m_session.user()->displayName : QString();
    m_ui->lockedLabel->setText(tr("Locked. %1, enter your PIN to continue.").arg(name));
}

} // namespace quire
