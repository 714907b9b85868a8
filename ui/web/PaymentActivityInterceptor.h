#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace quire {

// Installed on the payment page (not the profile), after the profile's
// PaymentRequestInterceptor has had its say: reports frames that load on the
// page (a 3-D Secure challenge opening or moving on) as the customer being
// busy. It never blocks or changes a request. Qt 6 calls it on the UI thread.
class PaymentActivityInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentActivityInterceptor)

public:
    explicit PaymentActivityInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void frameLoading();
};

} // namespace quire
