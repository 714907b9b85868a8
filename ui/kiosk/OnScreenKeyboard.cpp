#include "kiosk/OnScreenKeyboard.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire {

namespace {

const QStringList kRows = {
    QStringLiteral("1234567890"),
    QStringLiteral("qwertyuiop"),
    QStringLiteral("asdfghjkl@"),
    QStringLiteral("zxcvbnm.-_"),
};

int keyCodeFor(QChar character)
{
    if (character.isLetter())
        return Qt::Key_A + (character.toLower().unicode() - u'a');
    if (character.isDigit())
        return Qt::Key_0 + (character.unicode() - u'0');
    switch (character.unicode()) {
    case u'@':
        return Qt::Key_At;
    case u'.':
        return Qt::Key_Period;
    case u'-':
        return Qt::Key_Minus;
    case u'_':
        return Qt::Key_Underscore;
    default:
        return Qt::Key_unknown;
    }
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    auto *rows = new QVBoxLayout(this);
    rows->setSpacing(6);
    for (const QString &row : kRows) {
        auto *line = new QHBoxLayout;
        line->setSpacing(6);
        for (QChar character : row) {
            auto *key = makeKey(QStringLiteral("key_%1").arg(int(character.unicode())),
                                QString(character));
            // The accessible name is the character itself: a screen reader
            // and a test find the "a" key as "a".
            key->setAccessibleName(QString(character));
            connect(key, &QPushButton::clicked, this, [this, key] { onKey(key->text()); });
            if (character.isLetter())
                m_letterKeys.append(key);
            line->addWidget(key);
        }
        rows->addLayout(line);
    }
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    m_shiftKey = makeKey(QStringLiteral("shiftKey"), QString());
    m_shiftKey->setCheckable(true);
    m_spaceKey = makeKey(QStringLiteral("spaceKey"), QString());
    m_backspaceKey = makeKey(QStringLiteral("backspaceKey"), QString());
    m_doneKey = makeKey(QStringLiteral("doneKey"), QString());
    m_hideKey = makeKey(QStringLiteral("hideKeyboardKey"), QString());
    bottom->addWidget(m_shiftKey);
    bottom->addWidget(m_spaceKey, 4);
    bottom->addWidget(m_backspaceKey, 2);
    bottom->addWidget(m_doneKey, 2);
    bottom->addWidget(m_hideKey);
    rows->addLayout(bottom);

    connect(m_shiftKey, &QPushButton::toggled, this, &OnScreenKeyboard::setShifted);
    connect(m_spaceKey, &QPushButton::clicked, this,
            [this] { sendKey(Qt::Key_Space, QStringLiteral(" ")); });
    connect(m_backspaceKey, &QPushButton::clicked, this,
            [this] { sendKey(Qt::Key_Backspace, QString()); });
    connect(m_doneKey, &QPushButton::clicked, this,
            [this] { sendKey(Qt::Key_Return, QStringLiteral("\r")); });
    connect(m_hideKey, &QPushButton::clicked, this, &OnScreenKeyboard::hideRequested);
    updateTexts();
}

OnScreenKeyboard::~OnScreenKeyboard() = default;

QPushButton *OnScreenKeyboard::makeKey(const QString &objectName, const QString &label)
{
    auto *key = new QPushButton(label, this);
    key->setObjectName(objectName);
    key->setFocusPolicy(Qt::NoFocus); // the field keeps the focus
    key->setAutoDefault(false);
    key->setMinimumSize(56, 56);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return key;
}

void OnScreenKeyboard::onKey(const QString &text)
{
    if (text.isEmpty())
        return;
    sendKey(keyCodeFor(text.front()), text);
    if (m_shifted)
        m_shiftKey->setChecked(false); // one capital, like a phone keyboard
}

void OnScreenKeyboard::sendKey(int key, const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || target == this || isAncestorOf(target))
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
    Q_EMIT keyTapped(text);
}

void OnScreenKeyboard::setShifted(bool shifted)
{
    m_shifted = shifted;
    for (QPushButton *key : std::as_const(m_letterKeys))
        key->setText(shifted ? key->text().toUpper() : key->text().toLower());
}

void OnScreenKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void OnScreenKeyboard::updateTexts()
{
    setAccessibleName(tr("On-screen keyboard"));
    m_shiftKey->setText(tr("Shift"));
    m_shiftKey->setAccessibleName(tr("Shift"));
    m_spaceKey->setText(tr("Space"));
    m_spaceKey->setAccessibleName(tr("Space"));
    m_backspaceKey->setText(tr("Delete"));
    m_backspaceKey->setAccessibleName(tr("Delete the last character"));
    m_doneKey->setText(tr("Done"));
    m_doneKey->setAccessibleName(tr("Done"));
    m_hideKey->setText(tr("Hide"));
    m_hideKey->setAccessibleName(tr("Hide the keyboard"));
}

} // namespace quire
