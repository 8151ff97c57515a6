public enum NatoClassroomPlaceholder {}
