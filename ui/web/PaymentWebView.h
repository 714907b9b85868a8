#pragma once

#include "web/PaymentUrlPolicy.h"

#include <QWebEngineView>

class QWebEngineProfile;

namespace quire {

class PaymentActivityInterceptor;
class PaymentRequestInterceptor;
class PaymentWebPage;

// Shows the gateway's hosted payment page, and nothing else.
//
// - Its own off-the-record profile: no cookies, cache or storage on disk,
//   nothing shared with any other web view.
// - The gateway origin policy decides what loads (PaymentUrlPolicy): the
//   main frame stays on the origin of the page given to showPaymentPage(),
//   listed origins serve sub-resources, subframes (a 3-D Secure challenge)
//   come from https origins. Navigations are checked by the page, every
//   request by the profile's interceptor. Blocked addresses are reported,
//   never loaded; bad certificates are refused.
// - The return URLs (success / cancel) are caught and reported, never loaded.
//   Reaching one proves nothing: the payment's verdict comes from the
//   gateway's callback.
// - No new windows, downloads, context menu, dev tools, clipboard access,
//   local files, plugins, full screen or permission prompts.
// - What the customer does on the payment page (keys, clicks, touches,
//   wheel; navigations; frames loading, as a 3-D Secure challenge does) is
//   reported as customerActivity(), so the payment times out on inactivity.
//
// Construct it at start-up: the constructor starts the web engine and a
// renderer on about:blank, so the first payment page shows quickly.
class PaymentWebView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentWebView)

public:
    // The return URLs and the origin policy as configured in PaymentSettings.
    PaymentWebView(const QUrl &successUrl, const QUrl &cancelUrl,
                   const GatewayOriginPolicy &origins = GatewayOriginPolicy(),
                   QWidget *parent = nullptr);
    ~PaymentWebView() override;

    // Pins the main frame to the page's origin and loads the page; a page
    // outside the policy's checkout origins is not loaded (blockedNavigation,
    // then pageLoaded(false)). The URL carries a session token: it is never
    // logged.
    void showPaymentPage(const QUrl &pageUrl);
    // Forgets the gateway's origin and shows an empty page.
    void clear();

    QString allowedOrigin() const { return m_policy.allowedOrigin(); }
    QWebEngineProfile *paymentProfile() const { return m_profile; }
    PaymentWebPage *paymentPage() const { return m_page; }

Q_SIGNALS:
    // The hosted page sent the customer to the success / cancel URL.
    // Emitted at most once per showPaymentPage().
    void returnedToSuccess();
    void returnedToCancel();
    // A navigation, frame, sub-resource or new window was refused.
    void blockedNavigation(const QUrl &url);
    // A certificate did not verify: that page, frame or resource did not load.
    void certificateRefused(const QUrl &url);
    // The payment page finished loading (false: it could not be loaded).
    void pageLoaded(bool ok);
    // The customer is busy on the payment page.
    void customerActivity();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onReturnUrlCaught(PaymentUrlPolicy::Verdict verdict);
    void reportActivity();
    void watchInput(QObject *child);

    PaymentUrlPolicy m_policy;
    QWebEngineProfile *m_profile;
    PaymentRequestInterceptor *m_interceptor;
    PaymentWebPage *m_page;
    PaymentActivityInterceptor *m_activity;
    bool m_showingPaymentPage = false;
    bool m_returned = false;
    quint64 m_pagesShown = 0; // tells a late report from the current page's
};

} // namespace quire
