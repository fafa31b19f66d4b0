namespace StreamFilter.Core.Keystrokes;

/// <summary>What happens to one key event once its fate is known.</summary>
public enum KeyVerdict
{
    /// <summary>Forward unchanged.</summary>
    Forward,

    /// <summary>Forward with timing and seq but the key replaced by the mask key.</summary>
    Mask,

    /// <summary>Do not forward; the audit record says why.</summary>
    Drop,
}
