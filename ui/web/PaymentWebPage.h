#pragma once

#include "web/PaymentUrlPolicy.h"

#include <QWebEnginePage>

namespace quire {

// The page inside PaymentWebView: applies the URL policy to every navigation
// (main frame and subframes), refuses bad certificates, opens no windows and
// shows no JavaScript dialogs (a kiosk must not pop up
// anything the customer cannot get out of).
class PaymentWebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentWebPage)

public:
    PaymentWebPage(QWebEngineProfile *profile, const PaymentUrlPolicy &policy,
                   QObject *parent = nullptr);

Q_SIGNALS:
    void navigationBlocked(const QUrl &url);
    void returnUrlCaught(quire::PaymentUrlPolicy::Verdict verdict);
    void newWindowRefused(const QUrl &url);
    // A page, frame or resource had a certificate that does not verify; it
    // was not loaded.
    void certificateRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg,
                          const QString &defaultValue, QString *result) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;

private:
    void lockDown();

    const PaymentUrlPolicy &m_policy;
};

} // namespace quire
