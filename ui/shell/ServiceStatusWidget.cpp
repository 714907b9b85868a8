#include "shell/ServiceStatusWidget.h"

#include "services/AlertCenter.h"
#include "services/PaymentCoordinator.h"
#include "ui_ServiceStatusWidget.h"

#include <QEvent>

namespace quire {

ServiceStatusWidget::ServiceStatusWidget(PaymentCoordinator &payments, AlertCenter &alerts,
                                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServiceStatusWidget>())
    , m_alerts(alerts)
    , m_reachable(payments.isGatewayReachable())
{
    m_ui->setupUi(this);
    connect(&payments, &PaymentCoordinator::gatewayReachabilityChanged, this,
            &ServiceStatusWidget::onReachabilityChanged);
    connect(&alerts, &AlertCenter::alertRaised, this, &ServiceStatusWidget::onAlertRaised);
    connect(&alerts, &AlertCenter::alertResolved, this, &ServiceStatusWidget::refreshAlerts);
    refreshAlerts();
}

ServiceStatusWidget::~ServiceStatusWidget() = default;

void ServiceStatusWidget::onReachabilityChanged(bool reachable)
{
    m_reachable = reachable;
    updateTexts();
}

void ServiceStatusWidget::onAlertRaised(const Alert &alert)
{
    refreshAlerts();
    // An alert that could not be stored is still signalled: count it.
    if (m_openAlerts == 0)
        m_openAlerts = 1;
    m_lastAlert = alert.message;
    updateTexts();
}

void ServiceStatusWidget::refreshAlerts()
{
    auto open = m_alerts.openAlerts();
    if (!open) {
        m_alertError = open.error().message;
    } else {
        m_alertError.clear();
        m_openAlerts = int(open->size());
        m_lastAlert.clear();
        QDateTime latest;
        for (const Alert &alert : open.value()) {
            if (!latest.isValid() || alert.raisedAt >= latest) {
                latest = alert.raisedAt;
                m_lastAlert = alert.message;
            }
        }
    }
    updateTexts();
}

void ServiceStatusWidget::updateTexts()
{
    m_ui->gatewayLabel->setText(m_reachable ? tr("Payment service: online")
                                            : tr("Payment service: not responding"));
    m_ui->gatewayLabel->setStyleSheet(
        m_reachable ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    QString alerts;
    if (!m_alertError.isEmpty())
        alerts = tr("Alerts unavailable: %1").arg(m_alertError);
    else if (m_openAlerts == 0)
        alerts = tr("No open alerts");
    else
        alerts = m_openAlerts == 1
                     ? tr("1 open alert: %1").arg(m_lastAlert)
                     : tr("%1 open alerts, latest: %2").arg(m_openAlerts).arg(m_lastAlert);
    // Long messages are cut in the bar; the tooltip has them whole.
    const QString shown = alerts.size() > 90 ? alerts.left(89) + QChar(0x2026) : alerts;
    m_ui->alertsLabel->setText(shown);
    m_ui->alertsLabel->setToolTip(alerts);
    m_ui->alertsLabel->setStyleSheet(m_openAlerts > 0 ? QStringLiteral("color: #b00020;")
                                                      : QString());
}

void ServiceStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace quire
