#include "checkout/ConfirmOrderScreen.h"

#include "OrderSummaryModel.h"
#include "TabOrder.h"
#include "ui_ConfirmOrderScreen.h"

#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

namespace quire {

ConfirmOrderScreen::ConfirmOrderScreen(QAbstractItemModel *summary, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConfirmOrderScreen>())
{
    m_ui->setupUi(this);
    m_ui->taxLabel->hide();
    m_ui->summaryView->setModel(summary);
    m_ui->summaryView->horizontalHeader()->setSectionResizeMode(OrderSummaryModel::TitleColumn,
                                                                QHeaderView::Stretch);
    m_ui->summaryView->verticalHeader()->setDefaultSectionSize(44);
    m_ui->problemLabel->hide();

    connect(m_ui->confirmButton, &QPushButton::clicked, this,
            &ConfirmOrderScreen::onConfirmTriggered);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ConfirmOrderScreen::backRequested);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(Qt::Key_F12)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ConfirmOrderScreen::onConfirmTriggered);
    }
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &ConfirmOrderScreen::backRequested);
}

ConfirmOrderScreen::~ConfirmOrderScreen() = default;

void ConfirmOrderScreen::onConfirmTriggered()
{
    // Shortcuts fire even when the button is disabled.
    if (m_ui->confirmButton->isEnabled())
        Q_EMIT confirmRequested();
}

void ConfirmOrderScreen::setTotalText(const QString &total)
{
    m_total = total;
    m_ui->totalLabel->setText(total.isEmpty() ? QString() : tr("Total: %1").arg(total));
}

void ConfirmOrderScreen::setTax(const QList<TaxTotal> &totals, std::optional<TaxPricing> pricing,
                                const QLocale &locale)
{
    m_taxTotals = totals;
    m_taxPricing = pricing;
    m_taxLocale = locale;
    showTax();
}

void ConfirmOrderScreen::showTax()
{
    QStringList rates;
    const QLocale &locale = m_taxLocale;
    for (const TaxTotal &total : std::as_const(m_taxTotals)) {
        if (total.tax.minorUnits() != 0)
            rates.append(QStringLiteral("%1: %2").arg(total.rate.toPercentText(locale),
                                                      total.tax.toString(locale)));
    }
    QString text;
    if (m_taxPricing && !rates.isEmpty()) {
        const QString joined = rates.join(QStringLiteral(" \u00b7 "));
        text = *m_taxPricing == TaxPricing::Inclusive ? tr("incl. VAT %1").arg(joined)
                                                      : tr("incl. sales tax %1").arg(joined);
    }
    m_ui->taxLabel->setText(text);
    m_ui->taxLabel->setVisible(!text.isEmpty());
}

void ConfirmOrderScreen::setProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}

void ConfirmOrderScreen::setConfirmEnabled(bool enabled)
{
    m_ui->confirmButton->setEnabled(enabled);
}

QString ConfirmOrderScreen::announcement() const
{
    QStringList parts{m_ui->headingLabel->text()};
    if (!m_ui->totalLabel->text().isEmpty())
        parts.append(m_ui->totalLabel->text());
    if (!m_ui->problemLabel->isHidden() && !m_ui->problemLabel->text().isEmpty())
        parts.append(m_ui->problemLabel->text());
    return parts.join(QStringLiteral(". "));
}

void ConfirmOrderScreen::showEvent(QShowEvent *event)
{
    TabOrder::apply({m_ui->confirmButton, m_ui->backButton, m_ui->summaryView});
    QWidget::showEvent(event);
}

void ConfirmOrderScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setTotalText(m_total);
        showTax();
    }
    QWidget::changeEvent(event);
}

} // namespace quire
