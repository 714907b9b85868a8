#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace quire {

// A QR code (libqrencode, error correction level M) for a short text such as
// a payment page's address, as a square of dark and light modules.
class QrCode final
{
public:
    // Fails for an empty text or one too long for the largest QR code.
    static Result<QrCode> encode(const QByteArray &text);

    // Modules per side (without the quiet zone).
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_dark.at(y * m_size + x); }

    // Black on white, `pixelsPerModule` pixels per module, with the four
    // modules of white border a reader needs around the code.
    QImage image(int pixelsPerModule) const;
    // The largest image that fits in `side` pixels (at least one pixel per module).
    QImage imageFitting(int side) const;

    static constexpr int kQuietZone = 4;

private:
    QrCode() = default;

    int m_size = 0;
    QList<bool> m_dark;
};

} // namespace quire
