namespace NoteLsp.Core.Metadata;

/// <summary>The kind of value a metadata field holds. Every value is read as YAML text and validated here, never converted by the YAML parser.</summary>
public enum FieldType
{
    /// <summary>A single scalar, any text.</summary>
    Text,

    /// <summary>A YAML list (flow or block) of scalars.</summary>
    List,

    /// <summary>A list of lowercase kebab-case tags, with '/' for namespaces (<c>status/learned</c>).</summary>
    TagList,

    /// <summary>A calendar date written <c>YYYY-MM-DD</c>, quoted or not.</summary>
    Date,

    /// <summary>A duration such as <c>45min</c>, <c>2h</c>, <c>1h30min</c>, <c>3d</c> or <c>2w</c>.</summary>
    Duration,

    /// <summary>N stars (U+2B50), a space and <c>(N/5)</c>, with N from 1 to 5.</summary>
    Rating,

    /// <summary>One of the field's allowed values.</summary>
    Enum,

    /// <summary>A wiki link, <c>"[[note]]"</c>; the unquoted form, which YAML reads as a nested list, is accepted too.</summary>
    Link,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}
