#include "catalog/DiscountDialog.h"

#include "checkout/TenderPanel.h"
#include "domain/PriceLawException.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcDiscountDialog, "quire.ui.discount")

// 1250 with 2 digits -> "12.5" in the locale's decimal point, without floating point.
QString decimalText(qint64 value, int digits)
{
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    QString text = QString::number(value / divisor);
    QString fraction = digits > 0
                           ? QStringLiteral("%1").arg(value % divisor, digits, 10, QLatin1Char('0'))
                           : QString();
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLocale().decimalPoint() + fraction;
    return text;
}

} // namespace

DiscountDialog::DiscountDialog(const QString &subject, const QString &currency,
                               bool offerExceptions, bool allowAmount,
                               std::optional<Discount> current, QWidget *parent)
    : QDialog(parent)
    , m_subject(subject)
    , m_currency(currency)
    , m_label(new QLabel(this))
    , m_percent(new QRadioButton(this))
    , m_amount(new QRadioButton(this))
    , m_value(new QLineEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_exceptionLabel(new QLabel(this))
    , m_exception(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("discountDialog"));
    m_percent->setObjectName(QStringLiteral("discountPercentButton"));
    m_amount->setObjectName(QStringLiteral("discountAmountButton"));
    m_value->setObjectName(QStringLiteral("discountValueEdit"));
    m_reason->setObjectName(QStringLiteral("discountReasonEdit"));
    m_exception->setObjectName(QStringLiteral("discountExceptionBox"));
    m_message->setObjectName(QStringLiteral("discountMessage"));
    m_apply->setObjectName(QStringLiteral("applyDiscountButton"));
    m_remove->setObjectName(QStringLiteral("removeDiscountButton"));
    m_cancel->setObjectName(QStringLiteral("cancelDiscountButton"));
    m_label->setWordWrap(true);
    m_label->setBuddy(m_value);
    m_reasonLabel->setBuddy(m_reason);
    m_exceptionLabel->setBuddy(m_exception);
    m_message->setWordWrap(true);
    m_value->setMinimumHeight(44);
    m_reason->setMinimumHeight(44);
    m_value->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_percent->setChecked(true);
    m_amount->setEnabled(allowAmount);
    m_exception->addItem(QString(), QVariant::fromValue(int(PriceLawException::None)));
    for (PriceLawException exception : allPriceLawExceptions())
        m_exception->addItem(QString(), QVariant::fromValue(int(exception)));
    m_exceptionLabel->setVisible(offerExceptions);
    m_exception->setVisible(offerExceptions);
    m_remove->setVisible(current.has_value());
    if (current) {
        m_reason->setText(current->reason);
        if (current->kind == Discount::Kind::Amount) {
            m_amount->setChecked(true);
            m_value->setText(decimalText(current->amount.minorUnits(),
                                         Money::fractionDigits(current->amount.currency())));
        } else {
            m_value->setText(decimalText(current->basisPoints, 2));
        }
        m_exception->setCurrentIndex(
            m_exception->findData(QVariant::fromValue(int(current->exception))));
    }
    // Enter applies (the default button); Escape rejects (QDialog).
    m_apply->setDefault(true);
    m_remove->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    for (QPushButton *button : {m_apply, m_remove, m_cancel})
        button->setMinimumHeight(44);

    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_percent);
    kinds->addWidget(m_amount);
    kinds->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, &DiscountDialog::onApply);
    connect(m_remove, &QPushButton::clicked, this, &DiscountDialog::onRemove);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(kinds);
    layout->addWidget(m_value);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_exceptionLabel);
    layout->addWidget(m_exception);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    retranslate();
    setTabOrder(m_percent, m_amount);
    setTabOrder(m_amount, m_value);
    setTabOrder(m_value, m_reason);
    setTabOrder(m_reason, m_exception);
    m_value->setFocus();
    m_value->selectAll();
}

DiscountDialog::~DiscountDialog() = default;

std::optional<qint64> DiscountDialog::parsePercent(const QString &text)
{
    QString cleaned = text.trimmed();
    if (cleaned.endsWith(u'%'))
        cleaned.chop(1);
    cleaned = cleaned.trimmed().replace(QLocale().decimalPoint(), QStringLiteral("."));
    cleaned.replace(u',', u'.');
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const auto match = shape.match(cleaned);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 points = match.captured(1).toLongLong() * 100
                          + match.captured(2).leftJustified(2, u'0').toLongLong();
    if (points > 10000)
        return std::nullopt;
    return points;
}

void DiscountDialog::onApply()
{
    const QString reason = m_reason->text().trimmed();
    const auto exception = PriceLawException(m_exception->currentData().toInt());
    std::optional<Discount> discount;
    if (m_percent->isChecked()) {
        const auto points = parsePercent(m_value->text());
        if (!points || *points == 0) {
            showProblem(tr("Enter a percent above 0 and up to 100, like 10 or 12.5."));
            m_value->setFocus();
            return;
        }
        discount = Discount::percent(*points, reason, exception);
    } else {
        const auto minor = TenderPanel::parseAmount(m_value->text(), m_currency);
        if (!minor || *minor <= 0) {
            showProblem(tr("Enter an amount above zero, like %1.")
                            .arg(Money::fromMinorUnits(100, m_currency)->toString()));
            m_value->setFocus();
            return;
        }
        discount = Discount::off(*Money::fromMinorUnits(*minor, m_currency), reason, exception);
    }
    if (reason.isEmpty()) {
        showProblem(tr("Give a reason for the discount."));
        m_reason->setFocus();
        return;
    }
    m_discount = discount;
    qCDebug(lcDiscountDialog) << "discount for" << (m_subject.isEmpty() ? "the order" : "a line");
    accept();
}

void DiscountDialog::onRemove()
{
    m_removed = true;
    m_discount.reset();
    accept();
}

void DiscountDialog::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b02a37; font-weight: bold;"));
}

void DiscountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DiscountDialog::retranslate()
{
    setWindowTitle(m_subject.isEmpty() ? tr("Order discount") : tr("Line discount"));
    m_label->setText(m_subject.isEmpty() ? tr("Discount on the whole order:")
                                         : tr("Discount on \u201c%1\u201d:").arg(m_subject));
    m_percent->setText(tr("&Percent"));
    m_amount->setText(tr("A&mount in %1").arg(m_currency));
    m_value->setAccessibleName(tr("Discount"));
    m_value->setPlaceholderText(m_percent->isChecked() ? tr("10") : QStringLiteral("1.00"));
    m_reasonLabel->setText(tr("&Reason (required):"));
    m_reason->setAccessibleName(tr("Reason for the discount"));
    m_exceptionLabel->setText(tr("&Book-price law exception:"));
    m_exception->setAccessibleName(tr("Book-price law exception"));
    for (int i = 0; i < m_exception->count(); ++i) {
        const auto exception = PriceLawException(m_exception->itemData(i).toInt());
        m_exception->setItemText(i, exception == PriceLawException::None
                                        ? tr("None: the book's price is bound")
                                        : displayName(exception));
    }
    m_apply->setText(tr("Apply discount"));
    m_remove->setText(tr("Remove discount"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace quire
