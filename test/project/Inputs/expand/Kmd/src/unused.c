/* Removed from the items by Remove. */
int Unused;
