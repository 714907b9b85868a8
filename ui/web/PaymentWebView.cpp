#include "web/PaymentWebView.h"

#include "UiLogging.h"
#include "web/PaymentActivityInterceptor.h"
#include "web/PaymentRequestInterceptor.h"
#include "web/PaymentWebPage.h"

#include <QAction>
#include <QChildEvent>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace quire {

namespace {

const QUrl kBlank(QStringLiteral("about:blank"));

// Remote debugging would expose the payment page (and what the customer
// types) to anything that can reach the port. It is read when the engine
// starts, so it must be gone before the first profile exists.
void refuseRemoteDebugging()
{
    if (qEnvironmentVariableIsSet("QTWEBENGINE_REMOTE_DEBUGGING")) {
        qCWarning(lcUi) << "QTWEBENGINE_REMOTE_DEBUGGING is set: ignored for the payment view";
        qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    }
}

// A blind customer pays on the hosted page with a screen reader, so the
// page's labels, fields and buttons must reach the accessibility tree. Qt
// WebEngine builds Chromium's accessibility tree only while an assistive
// technology is active (QAccessible::isActive(): Orca or another AT-SPI
// client is listening, or QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), and on Linux
// only when QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set (QTBUG-59922: off
// by default for its cost). Set it for the engine, unless the environment
// decides otherwise: with no assistive technology Chromium still builds no
// tree and nothing is spent (docs/accessibility.md has the figures). It is
// read once when the first page's view is created, so before any profile.
void followAssistiveTechnologies()
{
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
}

} // namespace

PaymentWebView::PaymentWebView(const QUrl &successUrl, const QUrl &cancelUrl,
                               const GatewayOriginPolicy &origins, QWidget *parent)
    : QWebEngineView(parent)
    , m_policy(successUrl, cancelUrl, origins)
{
    refuseRemoteDebugging();
    followAssistiveTechnologies();
    setObjectName(QStringLiteral("paymentWebView"));
    setAccessibleName(tr("Payment page"));
    setContextMenuPolicy(Qt::NoContextMenu);
    setAcceptDrops(false);

    // No storage name: off the record, everything stays in memory and dies
    // with the view.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_interceptor = new PaymentRequestInterceptor(m_policy, m_profile);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [this](QWebEngineDownloadRequest *download) {
                qCInfo(lcUi) << "payment view: cancelled a download";
                download->cancel();
                Q_EMIT blockedNavigation(download->url());
            });

    m_page = new PaymentWebPage(m_profile, m_policy, this);
    if (QAction *inspect = m_page->action(QWebEnginePage::InspectElement))
        inspect->setEnabled(false);
    setPage(m_page);

    connect(m_interceptor, &PaymentRequestInterceptor::requestBlocked, this,
            &PaymentWebView::blockedNavigation);
    connect(m_interceptor, &PaymentRequestInterceptor::returnUrlCaught, this,
            &PaymentWebView::onReturnUrlCaught);
    connect(m_page, &PaymentWebPage::navigationBlocked, this, &PaymentWebView::blockedNavigation);
    connect(m_page, &PaymentWebPage::newWindowRefused, this, &PaymentWebView::blockedNavigation);
    connect(m_page, &PaymentWebPage::returnUrlCaught, this, &PaymentWebView::onReturnUrlCaught);
    connect(m_page, &PaymentWebPage::certificateRefused, this, [this](const QUrl &url) {
        Q_EMIT certificateRefused(url);
        Q_EMIT blockedNavigation(url);
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (m_showingPaymentPage && !m_returned && m_page->url() != kBlank)
            Q_EMIT pageLoaded(ok);
    });

    // Activity on the page keeps the payment alive (inactivity timeout):
    // navigations, frames loading (a page-level interceptor, after the
    // profile's, which alone decides what loads), and input, which goes to
    // the render widget the view creates as its child (event filter).
    m_activity = new PaymentActivityInterceptor(this);
    m_page->setUrlRequestInterceptor(m_activity);
    connect(m_activity, &PaymentActivityInterceptor::frameLoading, this,
            &PaymentWebView::reportActivity);
    connect(m_page, &QWebEnginePage::loadStarted, this, &PaymentWebView::reportActivity);
    // The widget that takes the input may be replaced with a page; watch
    // whichever one the view forwards focus to (installing twice is harmless).
    connect(m_page, &QWebEnginePage::loadFinished, this, [this] { watchInput(focusProxy()); });
    connect(m_page, &QWebEnginePage::urlChanged, this, &PaymentWebView::reportActivity);
    const auto children = this->children();
    for (QObject *child : children)
        watchInput(child);

    // Pre-warm: starts the engine and a renderer now rather than when the
    // first customer is waiting.
    m_page->load(kBlank);
}

bool PaymentWebView::event(QEvent *event)
{
    if (event->type() == QEvent::ChildAdded)
        watchInput(static_cast<QChildEvent *>(event)->child());
    return QWebEngineView::event(event);
}

void PaymentWebView::watchInput(QObject *child)
{
    if (child && child->isWidgetType())
        child->installEventFilter(this);
}

bool PaymentWebView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::InputMethod:
        reportActivity();
        break;
    default:
        break;
    }
    return QWebEngineView::eventFilter(watched, event);
}

void PaymentWebView::reportActivity()
{
    // Cheap for the coordinator (it stores the moved deadline only now and
    // then), so every key counts.
    if (m_showingPaymentPage && !m_returned)
        Q_EMIT customerActivity();
}

PaymentWebView::~PaymentWebView()
{
    // The page must go before its profile, and both before the policy they
    // refer to.
    delete m_page;
    m_page = nullptr;
    delete m_activity;
    m_activity = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void PaymentWebView::showPaymentPage(const QUrl &pageUrl)
{
    m_returned = false;
    m_showingPaymentPage = true;
    ++m_pagesShown;
    if (!m_policy.allowOriginOf(pageUrl)) {
        // Not where the gateway origin policy says the hosted page is: a
        // misconfigured gateway, or a session URL that is not the gateway's.
        qCWarning(lcUi).noquote() << "payment view: refused a payment page on"
                                  << (PaymentUrlPolicy::originOf(pageUrl).isEmpty()
                                          ? pageUrl.scheme() + u':'
                                          : PaymentUrlPolicy::originOf(pageUrl))
                                  << "(not a checkout origin of the gateway origin policy)";
        m_page->load(kBlank);
        Q_EMIT blockedNavigation(pageUrl);
        // After the caller has finished switching to the page.
        QMetaObject::invokeMethod(
            this,
            [this, shown = m_pagesShown] {
                if (shown == m_pagesShown && m_showingPaymentPage)
                    Q_EMIT pageLoaded(false);
            },
            Qt::QueuedConnection);
        return;
    }
    qCInfo(lcUi).noquote() << "payment view: showing the payment page on"
                           << m_policy.allowedOrigin();
    m_page->load(pageUrl);
}

void PaymentWebView::clear()
{
    ++m_pagesShown;
    m_policy.clearAllowedOrigin();
    m_showingPaymentPage = false;
    m_returned = false;
    m_page->load(kBlank);
}

void PaymentWebView::onReturnUrlCaught(PaymentUrlPolicy::Verdict verdict)
{
    // The page and the interceptor may both see the same return.
    if (m_returned || !m_showingPaymentPage)
        return;
    m_returned = true;
    if (verdict == PaymentUrlPolicy::Verdict::ReturnToSuccess) {
        qCInfo(lcUi) << "payment view: the page returned to the success URL";
        Q_EMIT returnedToSuccess();
    } else {
        qCInfo(lcUi) << "payment view: the page returned to the cancel URL";
        Q_EMIT returnedToCancel();
    }
}

} // namespace quire
