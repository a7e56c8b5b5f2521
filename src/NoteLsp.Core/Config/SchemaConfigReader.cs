using System.Text.RegularExpressions;
using NoteLsp.Core.Metadata;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Config;

/// <summary>
/// Reads the <c>metadata</c> section of the config. Its <c>fields</c> change the default
/// schema (the concept-note template); each entry of <c>schemas</c> applies to notes under
/// its folder globs or of its kinds, and starts from the default fields unless
/// <c>inherit: false</c>. A field given by name only takes a type; a mapping may also set
/// required, pattern, values and not-future. An invalid entry is reported and skipped.
/// </summary>
internal static class SchemaConfigReader
{
    /// <summary>Upper bound on one pattern match, so that a pathological pattern in the config cannot stall a check.</summary>
    internal static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly Dictionary<string, FieldType> TypeNames = new(StringComparer.Ordinal)
    {
        ["string"] = FieldType.Text,
        ["list"] = FieldType.List,
        ["tag-list"] = FieldType.TagList,
        ["date"] = FieldType.Date,
        ["duration"] = FieldType.Duration,
        ["rating"] = FieldType.Rating,
        ["enum"] = FieldType.Enum,
        ["link"] = FieldType.Link,
        ["number"] = FieldType.Number,
        ["boolean"] = FieldType.Boolean,
    };

    private static readonly string TypeList = string.Join(", ", TypeNames.Keys);

    public static MetadataSettings Read(YamlNode value, List<ConfigProblem> problems)
    {
        if (value is not YamlMappingNode mapping)
        {
            problems.Add(VaultConfigReader.Problem(value.Start, "'metadata' must be a mapping with the keys unknown-fields, require-metadata, fields and schemas."));
            return MetadataSettings.Builtin;
        }

        MetadataSchema defaultSchema = MetadataSchema.ConceptNote;
        YamlSequenceNode? schemas = null;
        foreach (var (key, item) in mapping.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "unknown-fields":
                    defaultSchema = defaultSchema with { UnknownFields = ReadPolicy(item, problems) ?? defaultSchema.UnknownFields };
                    break;
                case "require-metadata":
                    defaultSchema = defaultSchema with { RequireMetadata = ReadBoolean(item, "require-metadata", problems) ?? defaultSchema.RequireMetadata };
                    break;
                case "fields":
                    defaultSchema = defaultSchema with { Fields = ReadFields(item, defaultSchema.Fields, problems) };
                    break;
                case "schemas" when item is YamlSequenceNode sequence:
                    schemas = sequence;
                    break;
                case "schemas":
                    problems.Add(VaultConfigReader.Problem(item.Start, "'schemas' must be a list of schemas, each with a name, folders or kinds, and fields."));
                    break;
                default:
                    problems.Add(VaultConfigReader.Problem(key.Start, $"Unknown key '{key}' under 'metadata': the keys are unknown-fields, require-metadata, fields and schemas."));
                    break;
            }
        }

        var selected = new List<MetadataSchema>();
        foreach (YamlNode entry in schemas?.Children ?? [])
        {
            MetadataSchema? schema = ReadSchema(entry, defaultSchema, problems);
            if (schema is not null)
            {
                selected.Add(schema);
            }
        }

        return new MetadataSettings(defaultSchema, selected);
    }

    private static MetadataSchema? ReadSchema(YamlNode entry, MetadataSchema defaultSchema, List<ConfigProblem> problems)
    {
        if (entry is not YamlMappingNode mapping)
        {
            problems.Add(VaultConfigReader.Problem(entry.Start, "Each schema must be a mapping, such as { name: project, folders: [\"projects/**\"], fields: { … } }."));
            return null;
        }

        string name = "schema";
        var folders = new List<Glob>();
        var kinds = new List<string>();
        bool inherit = true;
        YamlNode? fields = null;
        UnknownFieldPolicy? policy = null;
        bool? requireMetadata = null;
        foreach (var (key, item) in mapping.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "name":
                    name = (item as YamlScalarNode)?.Value ?? name;
                    break;
                case "folders":
                    folders.AddRange(ReadStrings(item, "folders", problems).Select(p => new Glob(p)));
                    break;
                case "kinds":
                    kinds.AddRange(ReadStrings(item, "kinds", problems));
                    break;
                case "inherit":
                    inherit = ReadBoolean(item, "inherit", problems) ?? true;
                    break;
                case "unknown-fields":
                    policy = ReadPolicy(item, problems);
                    break;
                case "require-metadata":
                    requireMetadata = ReadBoolean(item, "require-metadata", problems);
                    break;
                case "fields":
                    fields = item;
                    break;
                default:
                    problems.Add(VaultConfigReader.Problem(key.Start, $"Unknown key '{key}' in a schema: the keys are name, folders, kinds, inherit, unknown-fields, require-metadata and fields."));
                    break;
            }
        }

        if (folders.Count == 0 && kinds.Count == 0)
        {
            problems.Add(VaultConfigReader.Problem(mapping.Start, $"Schema '{name}' applies to no note: give it folders (globs) or kinds (first tags)."));
            return null;
        }

        IReadOnlyList<FieldRule> baseFields = inherit ? defaultSchema.Fields : [];
        IReadOnlyList<FieldRule> rules = fields is null ? baseFields : ReadFields(fields, baseFields, problems);
        return new MetadataSchema(name, rules, policy ?? defaultSchema.UnknownFields, requireMetadata ?? defaultSchema.RequireMetadata)
        {
            Folders = folders,
            Kinds = kinds,
        };
    }

    /// <summary>Returns <paramref name="baseFields"/> with each field of <paramref name="node"/> added or merged over the one of the same name.</summary>
    private static List<FieldRule> ReadFields(YamlNode node, IReadOnlyList<FieldRule> baseFields, List<ConfigProblem> problems)
    {
        var rules = baseFields.ToList();
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(VaultConfigReader.Problem(node.Start, "'fields' must be a mapping of field names to a type or to { type, required, pattern, values, not-future }."));
            return rules;
        }

        foreach (var (key, item) in mapping.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? string.Empty;
            int index = rules.FindIndex(r => r.Name == name);
            FieldRule start = index >= 0 ? rules[index] : new FieldRule(name, FieldType.Text);
            FieldRule? rule = ReadField(item, start, problems);
            if (rule is null)
            {
                continue;
            }

            if (index >= 0)
            {
                rules[index] = rule;
            }
            else
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static FieldRule? ReadField(YamlNode node, FieldRule rule, List<ConfigProblem> problems)
    {
        if (node is YamlScalarNode scalar)
        {
            FieldType? type = ReadType(scalar, problems);
            return type is null ? null : rule with { Type = type.Value };
        }

        if (node is not YamlMappingNode mapping)
        {
            problems.Add(VaultConfigReader.Problem(node.Start, $"Field '{rule.Name}' must be a type name ({TypeList}) or a mapping such as {{ type: date, required: true }}."));
            return null;
        }

        foreach (var (key, item) in mapping.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "type":
                    FieldType? type = ReadType(item, problems);
                    rule = type is null ? rule : rule with { Type = type.Value };
                    break;
                case "required":
                    rule = rule with { Required = ReadBoolean(item, "required", problems) ?? rule.Required };
                    break;
                case "not-future":
                    rule = rule with { NotInFuture = ReadBoolean(item, "not-future", problems) ?? rule.NotInFuture };
                    break;
                case "values":
                    rule = rule with { AllowedValues = ReadStrings(item, "values", problems) };
                    break;
                case "pattern":
                    rule = rule with { Pattern = ReadPattern(item, problems) ?? rule.Pattern };
                    break;
                default:
                    problems.Add(VaultConfigReader.Problem(key.Start, $"Unknown key '{key}' in field '{rule.Name}': the keys are type, required, pattern, values and not-future."));
                    break;
            }
        }

        if (rule.Type == FieldType.Enum && rule.AllowedValues is not { Count: > 0 })
        {
            problems.Add(VaultConfigReader.Problem(node.Start, $"Field '{rule.Name}' has the type enum but no values: list them, such as values: [draft, done]."));
            return null;
        }

        return rule;
    }

    private static FieldType? ReadType(YamlNode node, List<ConfigProblem> problems)
    {
        string name = (node as YamlScalarNode)?.Value ?? string.Empty;
        if (TypeNames.TryGetValue(name, out FieldType type))
        {
            return type;
        }

        problems.Add(VaultConfigReader.Problem(node.Start, $"Unknown field type '{name}': use one of {TypeList}."));
        return null;
    }

    private static Regex? ReadPattern(YamlNode node, List<ConfigProblem> problems)
    {
        string pattern = (node as YamlScalarNode)?.Value ?? string.Empty;
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException e)
        {
            problems.Add(VaultConfigReader.Problem(node.Start, $"{e.Message} Write a .NET regular expression."));
            return null;
        }
    }

    private static UnknownFieldPolicy? ReadPolicy(YamlNode node, List<ConfigProblem> problems)
    {
        switch ((node as YamlScalarNode)?.Value)
        {
            case "allow":
                return UnknownFieldPolicy.Allow;
            case "warn" or "warning":
                return UnknownFieldPolicy.Warn;
            case "error":
                return UnknownFieldPolicy.Error;
            default:
                problems.Add(VaultConfigReader.Problem(node.Start, "'unknown-fields' must be allow, warn or error."));
                return null;
        }
    }

    private static bool? ReadBoolean(YamlNode node, string key, List<ConfigProblem> problems)
    {
        if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out bool value))
        {
            return value;
        }

        problems.Add(VaultConfigReader.Problem(node.Start, $"'{key}' must be true or false."));
        return null;
    }

    private static List<string> ReadStrings(YamlNode node, string key, List<ConfigProblem> problems)
    {
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)))
        {
            return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
        }

        problems.Add(VaultConfigReader.Problem(node.Start, $"'{key}' must be a list of non-empty strings, such as [\"a\", \"b\"]."));
        return [];
    }
}
