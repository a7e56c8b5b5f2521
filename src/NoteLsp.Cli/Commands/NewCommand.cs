using NoteLsp.Core.Config;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Vault;

namespace NoteLsp.Cli.Commands;

/// <summary>
/// <c>notelsp new NAME [--template T] [--vault DIR] [--today YYYY-MM-DD]</c>: creates a note from a
/// template. It never overwrites: an existing note of that name, in any case, ends with exit code 2.
/// </summary>
public static class NewCommand
{
    public const string UsageLine = "Usage: notelsp new NAME [--template NAME] [--vault DIR] [--today YYYY-MM-DD]";

    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        if (!TryParse(args, out string? name, out string? template, out string? vaultOption, out string? todayOption, out string? usageError))
        {
            error.WriteLine($"notelsp new: {usageError}");
            error.WriteLine(UsageLine);
            return CliApp.ExitUsage;
        }

        DateOnly? today = TodayOption.Resolve(todayOption, environment, out string? todayError);
        if (today is null)
        {
            error.WriteLine($"notelsp new: {todayError}");
            return CliApp.ExitUsage;
        }

        string root = vaultOption is null
            ? CheckTarget.FindVaultRoot(Directory.GetCurrentDirectory())
            : Path.GetFullPath(vaultOption);
        if (!Directory.Exists(root))
        {
            error.WriteLine($"notelsp new: vault folder not found: {root}");
            return CliApp.ExitUsage;
        }

        return Create(root, name!, template, today.Value, output, error);
    }

    private static int Create(string root, string name, string? template, DateOnly today, TextWriter output, TextWriter error)
    {
        VaultSnapshot vault;
        TemplateCatalog catalog;
        try
        {
            vault = VaultLoader.Load(root);
            catalog = TemplateCatalog.Load(root, vault.Config.Templates);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"notelsp new: cannot read the vault '{root}': {e.Message}");
            return CliApp.ExitUsage;
        }

        foreach (string problem in catalog.Problems)
        {
            error.WriteLine($"notelsp new: warning: {problem}");
        }

        foreach (ConfigProblem problem in vault.Config.Problems)
        {
            error.WriteLine($"notelsp new: warning: {VaultConfig.FileName}:{problem.Line + 1}:{problem.Character + 1}: {problem.Message}");
        }

        NewNoteResult result = NewNoteService.Plan(vault, catalog, new NewNoteRequest(name, template, null, null, today));
        if (result.Plan is null)
        {
            error.WriteLine($"notelsp new: cannot create '{name}': {result.Error}");
            return CliApp.ExitUsage;
        }

        VaultEditResult applied = VaultEditApplier.Apply(root, result.Plan.Edit);
        if (!applied.Succeeded)
        {
            error.WriteLine($"notelsp new: cannot create '{result.Plan.Path}': {applied.Error}");
            return CliApp.ExitUsage;
        }

        if (applied.Skipped.Count > 0)
        {
            error.WriteLine($"notelsp new: '{result.Plan.Path}' exists already (the name may differ in case); nothing was written.");
            return CliApp.ExitUsage;
        }

        output.WriteLine($"Created {result.Plan.Path} from the '{result.Plan.Template.Name}' template: {VaultLoader.ToFullPath(root, result.Plan.Path)}");
        return CliApp.ExitSuccess;
    }

    private static bool TryParse(string[] args, out string? name, out string? template, out string? vault, out string? today, out string? error)
    {
        name = template = vault = today = error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "--template" or "--vault" or "--today")
            {
                if (i + 1 >= args.Length)
                {
                    error = $"{arg} needs a value.";
                    return false;
                }

                string value = args[++i];
                switch (arg)
                {
                    case "--template":
                        template = value;
                        break;
                    case "--vault":
                        vault = value;
                        break;
                    default:
                        today = value;
                        break;
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unknown option '{arg}'.";
                return false;
            }
            else if (name is null)
            {
                name = arg;
            }
            else
            {
                error = $"only one NAME is accepted, but '{name}' and '{arg}' were given.";
                return false;
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            error = "NAME is missing: give the note name, such as docker-images-layers or projects/plan.";
            return false;
        }

        return true;
    }
}
