#include "shift/OpenShiftDialog.h"

#include "checkout/TenderPanel.h"
#include "till/ShiftService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire {

OpenShiftDialog::OpenShiftDialog(ShiftService &shifts, const Actor &actor, const QString &currency,
                                 QWidget *parent)
    : QDialog(parent)
    , m_shifts(shifts)
    , m_actor(actor)
    , m_currency(currency)
    , m_float(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_openButton(new QPushButton(tr("Open the till"), this))
{
    setObjectName(QStringLiteral("openShiftDialog"));
    setWindowTitle(tr("Open the till"));
    m_float->setObjectName(QStringLiteral("floatEdit"));
    m_message->setObjectName(QStringLiteral("openShiftMessage"));
    m_openButton->setObjectName(QStringLiteral("openShiftButton"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Float counted into the drawer (%1)").arg(currency), m_float);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_openButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_openButton, &QPushButton::clicked, this, &OpenShiftDialog::onOpen);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

OpenShiftDialog::~OpenShiftDialog() = default;

void OpenShiftDialog::onOpen()
{
    const auto minor = TenderPanel::parseAmount(m_float->text(), m_currency);
    if (!minor) {
        m_message->setText(tr("Type the float you counted, e.g. 100."));
        return;
    }
    auto opened = m_shifts.openShift(*Money::fromMinorUnits(*minor, m_currency), m_actor);
    if (!opened) {
        m_message->setText(opened.error().message);
        return;
    }
    m_opened = *opened;
    accept();
}

} // namespace quire
