namespace NoteLsp.Cli.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> in one output format.</summary>
public interface IReporter
{
    /// <summary>Writes results to <paramref name="output"/>; notes about the run itself may go to <paramref name="error"/>.</summary>
    void Write(CheckReport report, TextWriter output, TextWriter error);
}
