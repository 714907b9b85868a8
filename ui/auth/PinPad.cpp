#include "auth/PinPad.h"

#include "ui_PinPad.h"

#include <QEvent>
#include <QRegularExpressionValidator>

namespace quire {

PinPad::PinPad(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PinPad>())
{
    m_ui->setupUi(this);
    m_ui->pinEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), this));
    const QList<QPushButton *> digits{m_ui->key0, m_ui->key1, m_ui->key2, m_ui->key3, m_ui->key4,
                                      m_ui->key5, m_ui->key6, m_ui->key7, m_ui->key8, m_ui->key9};
    for (int digit = 0; digit < digits.size(); ++digit)
        connect(digits.at(digit), &QPushButton::clicked, this, [this, digit] { onDigit(digit); });
    connect(m_ui->keyBackspace, &QPushButton::clicked, this, &PinPad::onBackspace);
    connect(m_ui->keyClear, &QPushButton::clicked, this, &PinPad::clear);
    connect(m_ui->pinEdit, &QLineEdit::returnPressed, this, &PinPad::submitted);
    connect(m_ui->pinEdit, &QLineEdit::textChanged, this, &PinPad::pinChanged);
    setFocusProxy(m_ui->pinEdit);
}

PinPad::~PinPad() = default;

QString PinPad::pin() const
{
    return m_ui->pinEdit->text();
}

void PinPad::clear()
{
    m_ui->pinEdit->clear();
}

QLineEdit *PinPad::field() const
{
    return m_ui->pinEdit;
}

void PinPad::setAccessibleFieldName(const QString &name)
{
    m_ui->pinEdit->setAccessibleName(name);
}

void PinPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void PinPad::onDigit(int digit)
{
    if (m_ui->pinEdit->text().size() < m_ui->pinEdit->maxLength())
        m_ui->pinEdit->insert(QString::number(digit));
    m_ui->pinEdit->setFocus();
}

void PinPad::onBackspace()
{
    m_ui->pinEdit->backspace();
    m_ui->pinEdit->setFocus();
}

} // namespace quire
