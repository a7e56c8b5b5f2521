using System.Text;

namespace NoteLsp.Core.Text;

/// <summary>
/// Unicode normalization that never throws. <see cref="string.Normalize()"/> throws on a lone
/// surrogate, which damaged files and half-typed text can hold; such text is returned unchanged.
/// </summary>
public static class UnicodeForms
{
    /// <summary>Returns <paramref name="text"/> in normalization form C, without allocating when it already is.</summary>
    public static string ToFormC(string text) => To(text, NormalizationForm.FormC);

    /// <summary>Returns <paramref name="text"/> in normalization form D, without allocating when it already is.</summary>
    public static string ToFormD(string text) => To(text, NormalizationForm.FormD);

    private static string To(string text, NormalizationForm form)
    {
        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
