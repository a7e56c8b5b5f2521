namespace NoteLsp.Core.Checks;

/// <summary>What the checks need from outside the vault.</summary>
/// <param name="Today">The date review checks compare against; the CLI and server take it from the clock, <c>--today</c> or <c>NOTELSP_TODAY</c>.</param>
public sealed record CheckOptions(DateOnly Today);
