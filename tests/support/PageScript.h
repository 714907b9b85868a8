#pragma once

#include <QString>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <optional>

namespace quire::test {

// Runs `script` in `page`'s main frame and waits for its answer: nothing when
// none came within `timeoutMs` (the page never loaded, or a renderer hung).
inline std::optional<QVariant> runScript(QWebEnginePage *page, const QString &script,
                                         int timeoutMs = 10000)
{
    std::optional<QVariant> answer;
    page->runJavaScript(script, [&answer](const QVariant &value) { answer = value; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs))
        return std::nullopt;
    return answer;
}

} // namespace quire::test
