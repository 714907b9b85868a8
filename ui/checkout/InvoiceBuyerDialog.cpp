#include "checkout/InvoiceBuyerDialog.h"

#include "services/ReceiptService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcInvoice, "quire.ui.invoice")

} // namespace

InvoiceBuyerDialog::InvoiceBuyerDialog(PurchaseFlow &flow, qint64 orderId, const Actor &actor,
                                       QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_orderId(orderId)
    , m_actor(actor)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_vatNumber(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Save invoice details"), this))
{
    setObjectName(QStringLiteral("invoiceBuyerDialog"));
    setWindowTitle(tr("Invoice for a business customer"));
    m_name->setObjectName(QStringLiteral("buyerName"));
    m_address->setObjectName(QStringLiteral("buyerAddress"));
    m_vatNumber->setObjectName(QStringLiteral("buyerVatNumber"));
    m_message->setObjectName(QStringLiteral("invoiceMessage"));
    m_save->setObjectName(QStringLiteral("saveInvoiceButton"));
    m_name->setAccessibleName(tr("Buyer's name"));
    m_address->setAccessibleName(tr("Buyer's address"));
    m_vatNumber->setAccessibleName(tr("Buyer's VAT number"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_vatNumber->setPlaceholderText(tr("e.g. DE123456789 (optional)"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("VAT number"), m_vatNumber);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &InvoiceBuyerDialog::onSave);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("The receipt of order %1 becomes an invoice to this customer. It is kept with the "
           "order: every reprint shows it.")
            .arg(orderId),
        this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // An order invoiced before: its details, for the clerk to see.
    if (auto known = ReceiptService(m_flow).invoiceBuyer(orderId); known && *known) {
        m_name->setText((*known)->name);
        m_address->setPlainText((*known)->address.join(u'\n'));
        m_vatNumber->setText((*known)->vatNumber);
    }
}

InvoiceBuyerDialog::~InvoiceBuyerDialog() = default;

void InvoiceBuyerDialog::onSave()
{
    InvoiceBuyer buyer;
    buyer.name = m_name->text();
    buyer.address = m_address->toPlainText().split(u'\n');
    buyer.vatNumber = m_vatNumber->text();
    auto recorded = ReceiptService(m_flow).recordInvoiceBuyer(m_orderId, buyer, m_actor);
    if (!recorded) {
        m_message->setText(recorded.error().message);
        return;
    }
    qCInfo(lcInvoice) << "invoice details saved for order" << m_orderId;
    Q_EMIT buyerRecorded(*recorded);
    accept();
}

} // namespace quire
