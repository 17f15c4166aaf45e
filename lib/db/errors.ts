/** A bad argument or file handed to the database layer; `message` is fit to show the user. */
export class DbInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DbInputError';
  }
}
