namespace NoteLsp.Core.Metadata;

/// <summary>What the metadata checks do with a field that the note's schema does not list.</summary>
public enum UnknownFieldPolicy
{
    /// <summary>Accept it silently.</summary>
    Allow,

    /// <summary>Report it as a warning.</summary>
    Warn,

    /// <summary>Report it as an error.</summary>
    Error,
}
