#include "kiosk/KioskCountdownOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire {

KioskCountdownOverlay::KioskCountdownOverlay(QWidget *covered)
    : QWidget(covered)
    , m_question(new QLabel(this))
    , m_secondsLabel(new QLabel(this))
    , m_stillHereButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("countdownOverlay"));
    m_question->setObjectName(QStringLiteral("stillThereLabel"));
    m_secondsLabel->setObjectName(QStringLiteral("countdownLabel"));
    m_stillHereButton->setObjectName(QStringLiteral("stillHereButton"));
    // Its own style wins over the kiosk's: the one thing to touch is huge.
    m_stillHereButton->setStyleSheet(
        QStringLiteral("min-width: 360px; min-height: 96px; font-size: 32px; font-weight: bold;"));
    for (QLabel *label : {m_question, m_secondsLabel}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_question->setStyleSheet(QStringLiteral("color: white; font-size: 40px; font-weight: bold;"));
    m_secondsLabel->setStyleSheet(QStringLiteral("color: white; font-size: 28px;"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_question);
    layout->addWidget(m_secondsLabel);
    layout->addSpacing(24);
    layout->addWidget(m_stillHereButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_stillHereButton, &QPushButton::clicked, this, &KioskCountdownOverlay::stillThere);
    covered->installEventFilter(this);
    hide();
    updateTexts();
}

KioskCountdownOverlay::~KioskCountdownOverlay() = default;

void KioskCountdownOverlay::showCountdown(int secondsLeft)
{
    m_secondsLeft = secondsLeft;
    updateTexts();
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

void KioskCountdownOverlay::setSecondsLeft(int secondsLeft)
{
    m_secondsLeft = secondsLeft;
    updateTexts();
}

bool KioskCountdownOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void KioskCountdownOverlay::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT stillThere();
    QWidget::mousePressEvent(event);
}

void KioskCountdownOverlay::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 190));
    QWidget::paintEvent(event);
}

void KioskCountdownOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void KioskCountdownOverlay::updateTexts()
{
    setAccessibleName(tr("Are you still there?"));
    m_question->setText(tr("Are you still there?"));
    m_secondsLabel->setText(
        tr("Starting over in %n second(s). Your cart will be emptied.", nullptr, m_secondsLeft));
    m_stillHereButton->setText(tr("I'm still here"));
    m_stillHereButton->setAccessibleName(tr("I'm still here"));
}

} // namespace quire
