#pragma once

#include "domain/Alert.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ServiceStatusWidget;
}

namespace quire {

class AlertCenter;
class PaymentCoordinator;

// For the main window's status bar: whether the payment service answers,
// and how many alerts are open with the latest one's message (its full text
// in the tooltip).
class ServiceStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceStatusWidget)

public:
    ServiceStatusWidget(PaymentCoordinator &payments, AlertCenter &alerts,
                        QWidget *parent = nullptr);
    ~ServiceStatusWidget() override;

    bool gatewayReachable() const { return m_reachable; }
    int openAlertCount() const { return m_openAlerts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onReachabilityChanged(bool reachable);
    void onAlertRaised(const quire::Alert &alert);
    void refreshAlerts();
    void updateTexts();

    std::unique_ptr<Ui::ServiceStatusWidget> m_ui;
    AlertCenter &m_alerts;
    bool m_reachable;
    int m_openAlerts = 0;
    QString m_lastAlert;
    QString m_alertError;
};

} // namespace quire
