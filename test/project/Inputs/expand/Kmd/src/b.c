/* One of src\*.c. */
int B;
