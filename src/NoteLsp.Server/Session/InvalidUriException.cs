namespace NoteLsp.Server.Session;

/// <summary>A document the server cannot serve: a URI with another scheme than <c>file</c>, or a change to a note that is not open.</summary>
public sealed class InvalidUriException : Exception
{
    public InvalidUriException(string message)
        : base(message)
    {
    }

    public InvalidUriException()
    {
    }

    public InvalidUriException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
