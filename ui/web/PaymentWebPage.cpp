#include "web/PaymentWebPage.h"

#include "UiLogging.h"

#include <QAuthenticator>
#include <QWebEngineCertificateError>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineQuotaRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

namespace quire {

PaymentWebPage::PaymentWebPage(QWebEngineProfile *profile, const PaymentUrlPolicy &policy,
                               QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(policy)
{
    lockDown();
}

void PaymentWebPage::lockDown()
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    // Chromium's error page would show the blocked address and offer no way
    // back; the payment screen explains a failed load itself.
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);

    // Nobody inspects the payment page: no dev tools from this page.
    setDevToolsPage(nullptr);

    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::quotaRequested, this,
            [](QWebEngineQuotaRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    // Leaving the authenticator untouched cancels the request.
    connect(this, &QWebEnginePage::authenticationRequired, this,
            [](const QUrl &, QAuthenticator *) {});
    connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
            [](const QUrl &, QAuthenticator *, const QString &) {});
    // Qt refuses a bad certificate when nobody answers; say so explicitly,
    // so that no later change can start accepting one by accident, and
    // report it (a gateway with a broken certificate, or someone in between).
    connect(this, &QWebEnginePage::certificateError, this,
            [this](const QWebEngineCertificateError &error) {
                QWebEngineCertificateError refused = error;
                refused.rejectCertificate();
                qCWarning(lcUi).noquote()
                    << "payment view: refused a bad certificate of"
                    << PaymentUrlPolicy::originOf(error.url()) << "(" << int(error.type()) << ")";
                Q_EMIT certificateRefused(error.url());
            });
    connect(this, &QWebEnginePage::newWindowRequested, this,
            [this](QWebEngineNewWindowRequest &request) {
                Q_EMIT newWindowRefused(request.requestedUrl());
            });
}

bool PaymentWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // The view clears itself with about:blank; a page cannot ask for that.
    if (isMainFrame && type == NavigationTypeTyped && url == QUrl(QStringLiteral("about:blank")))
        return true;
    const auto verdict
        = m_policy.classifyRequest(url, isMainFrame ? PaymentUrlPolicy::Request::MainFrame
                                                    : PaymentUrlPolicy::Request::SubFrame);
    switch (verdict) {
    case PaymentUrlPolicy::Verdict::Allow:
        return true;
    case PaymentUrlPolicy::Verdict::ReturnToSuccess:
    case PaymentUrlPolicy::Verdict::ReturnToCancel:
        // Caught, never loaded: the return alone proves nothing, the verdict
        // comes from the gateway's callback. (Only a main frame gets these.)
        Q_EMIT returnUrlCaught(verdict);
        return false;
    case PaymentUrlPolicy::Verdict::Block:
        break;
    }
    qCInfo(lcUi).noquote() << "payment view: blocked a navigation to"
                           << PaymentUrlPolicy::originOf(url) << (isMainFrame ? "" : "(frame)");
    Q_EMIT navigationBlocked(url);
    return false;
}

QWebEnginePage *PaymentWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    qCInfo(lcUi) << "payment view: refused to open a window";
    return nullptr;
}

void PaymentWebPage::javaScriptAlert(const QUrl &, const QString &)
{
    qCInfo(lcUi) << "payment view: suppressed a JavaScript alert";
}

bool PaymentWebPage::javaScriptConfirm(const QUrl &, const QString &)
{
    qCInfo(lcUi) << "payment view: suppressed a JavaScript confirm";
    return false;
}

bool PaymentWebPage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    qCInfo(lcUi) << "payment view: suppressed a JavaScript prompt";
    return false;
}

QStringList PaymentWebPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {}; // a payment page has no business reading the till's files
}

void PaymentWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                              const QString &message, int lineNumber,
                                              const QString &sourceID)
{
    Q_UNUSED(sourceID); // its path carries the session token
    qCDebug(lcUi).noquote() << "payment page console" << int(level) << "line" << lineNumber << ":"
                            << message;
}

} // namespace quire
