public enum NatoRenderPlaceholder {}
