#include "catalog/OpenPriceDialog.h"

#include "checkout/TenderPanel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcOpenPrice, "quire.ui.openprice")

} // namespace

OpenPriceDialog::OpenPriceDialog(const QString &itemTitle, const QString &currency,
                                 std::optional<Money> approvalLimit, QWidget *parent)
    : QDialog(parent)
    , m_title(itemTitle)
    , m_currency(currency)
    , m_limit(std::move(approvalLimit))
    , m_label(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("openPriceDialog"));
    m_label->setObjectName(QStringLiteral("openPriceLabel"));
    m_hint->setObjectName(QStringLiteral("openPriceHint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(m_limit.has_value());
    m_edit->setObjectName(QStringLiteral("openPriceEdit"));
    m_message->setObjectName(QStringLiteral("openPriceMessage"));
    m_add->setObjectName(QStringLiteral("addAtPriceButton"));
    m_cancel->setObjectName(QStringLiteral("cancelPriceButton"));
    m_label->setBuddy(m_edit);
    m_label->setWordWrap(true);
    m_message->setWordWrap(true);
    m_edit->setMinimumHeight(44);
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    QFont big = m_edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_edit->setFont(big);
    // Enter in the field adds (the default button); Escape rejects (QDialog).
    m_add->setDefault(true);
    m_cancel->setAutoDefault(false);
    for (QPushButton *button : {m_add, m_cancel})
        button->setMinimumHeight(44);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    // The price is checked before the dialog accepts (the box's own
    // accepted signal is left unconnected).
    connect(m_add, &QPushButton::clicked, this, &OpenPriceDialog::onAdd);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    retranslate();
    m_edit->setFocus();
}

OpenPriceDialog::~OpenPriceDialog() = default;

void OpenPriceDialog::onAdd()
{
    const auto minor = TenderPanel::parseAmount(m_edit->text(), m_currency);
    if (!minor || *minor <= 0) {
        m_message->setText(tr("Enter a price above zero, like %1.")
                               .arg(Money::fromMinorUnits(350, m_currency)->toString()));
        m_message->setStyleSheet(QStringLiteral("color: #b02a37; font-weight: bold;"));
        m_edit->selectAll();
        m_edit->setFocus();
        return;
    }
    auto price = Money::fromMinorUnits(*minor, m_currency);
    if (!price) {
        m_message->setText(price.error().message);
        return;
    }
    m_price = *price;
    qCDebug(lcOpenPrice) << "price entered for" << m_title << *minor << m_currency;
    accept();
}

void OpenPriceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OpenPriceDialog::retranslate()
{
    setWindowTitle(tr("Enter the price"));
    m_label->setText(tr("Price of \u201c%1\u201d in %2:").arg(m_title, m_currency));
    m_edit->setAccessibleName(tr("Price in %1").arg(m_currency));
    m_edit->setPlaceholderText(Money::fromMinorUnits(0, m_currency)->toString());
    if (m_limit)
        m_hint->setText(tr("Above %1 a manager approves the price.").arg(m_limit->toString()));
    m_add->setText(tr("Add to cart"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace quire
