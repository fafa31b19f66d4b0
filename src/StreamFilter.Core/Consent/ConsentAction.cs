namespace StreamFilter.Core.Consent;

/// <summary>The <c>action</c> of a <c>consent</c> event.</summary>
public enum ConsentAction
{
    Pause,
    Resume,
    OptOut,
    OptIn,
}
