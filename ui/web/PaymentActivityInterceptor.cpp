#include "web/PaymentActivityInterceptor.h"

namespace quire {

PaymentActivityInterceptor::PaymentActivityInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void PaymentActivityInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeSubFrame)
        Q_EMIT frameLoading();
}

} // namespace quire
