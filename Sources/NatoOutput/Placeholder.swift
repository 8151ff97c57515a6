public enum NatoOutputPlaceholder {}
