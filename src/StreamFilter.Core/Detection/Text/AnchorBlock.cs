namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// The anchor classes of 64 consecutive characters, one bit per character (bit k is the k-th);
/// see <see cref="TextAnchors"/>. ASCII classes only: a character above U+007F sets <see cref="NonAscii"/> alone.
/// </summary>
internal struct AnchorBlock
{
    public ulong Digits;
    public ulong Letters;
    public ulong HexLetters;
    public ulong NonAscii;
    public ulong Dot;
    public ulong Colon;
    public ulong Dash;
    public ulong Plus;
    public ulong OpenParen;
    public ulong Underscore;
    public ulong Slash;
    public ulong EqualsSign;
    public ulong Tilde;
    public ulong At;

    /// <summary>Letters, digits and <c>_-+/=.~</c>: the characters of tokens and base64 blobs, joined once per block.</summary>
    public ulong TokenBlob;
}
